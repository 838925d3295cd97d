"""Panel meetings, their minutes, the copy register and what a pack copy may hold."""
