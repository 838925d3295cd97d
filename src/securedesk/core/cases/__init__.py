"""Cases and what they hold: people, items, chronology, assessments, actions, attachments."""
