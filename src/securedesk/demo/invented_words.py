"""What invented cases say, for the invented-data generator: themes, the sentences each
agency writes, corrections, who contributes, gradings and markings, how a case moves through
its stages, the actions partners take and the evidence behind assessment scores. Data only;
invented_records fills the templates."""

from __future__ import annotations

from securedesk.core.domain import CaseStatus
from securedesk.core.markings import Marking
from securedesk.demo.invented_names import weighted

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")

# --- what the case is about ------------------------------------------------------------------

THEMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = weighted(
    [
        (  # extreme right-wing
            (
                (
                    "extreme right-wing memes",
                    "videos glorifying a mass-casualty attacker",
                    "racist stickers and leaflets",
                    "material produced by a proscribed extreme right-wing group",
                    "an online 'manifesto' associated with an overseas attack",
                ),
                (
                    "immigration and housing in the area",
                    "the closure of the local steelworks and the lack of jobs",
                    "the idea that local people are being 'replaced'",
                    "perceived unfairness in how the council allocates housing",
                ),
            ),
            28,
        ),
        (  # Islamist
            (
                (
                    "Islamist extremist propaganda videos",
                    "nasheeds associated with a proscribed organisation",
                    "recorded lectures by a deceased extremist preacher",
                    "images praising fighters in a conflict overseas",
                ),
                (
                    "UK foreign policy and conflicts overseas",
                    "discrimination experienced by the family",
                    "perceived hostility towards Muslims in the media",
                ),
            ),
            15,
        ),
        (  # mixed, unclear or unstable
            (
                (
                    "violent content drawn from several different ideologies",
                    "material about school shootings",
                    "graphic videos of real violence",
                    "conspiracy material about a coming collapse of society",
                ),
                (
                    "being bullied at school",
                    "feeling let down by services",
                    "a sense that nobody listens to young people",
                    "the police and the government in general",
                ),
            ),
            40,
        ),
        (  # misogynistic / incel-related
            (
                (
                    "misogynistic incel forum content",
                    "videos by online influencers promoting hatred of women",
                    "posts celebrating violence against women",
                ),
                ("rejection by women", "feeling invisible and unwanted", "being mocked by peers"),
            ),
            10,
        ),
        (  # anti-authority conspiracy
            (
                (
                    "anti-government conspiracy videos",
                    "'sovereign citizen' style material",
                    "posts calling for violence against public officials",
                ),
                (
                    "public health measures",
                    "a court case about the family's debts",
                    "the council and the police",
                ),
            ),
            7,
        ),
    ]
)

PLATFORMS = (
    "an encrypted messaging app",
    "a video-sharing site",
    "a gaming chat server",
    "an anonymous image board",
    "a livestreaming platform",
    "a private group chat",
    "a short-video app",
)
SCHOOLS = (
    "Ysgol Gyfun Cwmderwen",
    "Ysgol Bro Wennol",
    "Hollinsford Academy",
    "Brackenford High School",
    "Westbridge College",
    "Eastwold Academy",
    "Ysgol Uwchradd Pontybrenin",
    "Thornley Vale Pupil Referral Unit",
)
LESSONS = ("history", "religious studies", "PSHE", "English", "citizenship", "computing")
TOPICS = (
    "identity and belonging",
    "online safety and how algorithms push content",
    "critical thinking about sources",
    "anger and how to manage it",
    "college and career plans",
    "family relationships",
    "the difference between opinion and incitement",
    "friendships and peer pressure",
    "the law on sharing extremist material",
)
PLACES = (
    "a gaming café",
    "the skate park",
    "a boxing gym",
    "the town centre",
    "the retail park",
    "the library",
    "a community centre",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")

# Templates avoid a pronoun as the subject of a verb, so one set works for he, she and they.
SENTENCES: dict[str, tuple[str, ...]] = {
    "Police": (
        "Officers attended the home address on {date} after a report from a neighbour; no "
        "offences were disclosed but {n} was spoken to about {material}.",
        "{n} was stopped in {town} town centre on {date} with stickers carrying extremist "
        "slogans; words of advice were given and the stickers seized.",
        "Police National Computer checks show no convictions; one local intelligence log from "
        "{year} records {n} in the company of older males of concern.",
        "A device examined with the family's consent held {material} in a downloads folder.",
        "Intelligence suggests {n} has been sharing {material} in {platform}.",
        "The Prevent officer made a home visit on {date}; {relation} was present and cooperative.",
        "{n} was seen at {place} on {date} with a group believed to be distributing leaflets.",
        "No weapons or related searches were identified at the address.",
    ),
    "Children's social care": (
        "A strategy discussion was held on {date}; the threshold for a section 47 enquiry was "
        "not met and the case stepped down to early help.",
        "The family is known to the service from {year} in relation to domestic abuse; that "
        "case closed the following year.",
        "{Relation} reports that {n} spends most evenings alone online and has become withdrawn "
        "and argumentative.",
        "The social worker visited on {date}; the home was warm and tidy and {n} engaged "
        "briefly before going upstairs.",
        "{n} is subject to a child in need plan; the next review is in {month}.",
        "{Relation} asked for help setting parental controls on the home broadband.",
    ),
    "Adult social care": (
        "{n} was assessed under the care and support legislation in {year}; eligible needs "
        "were identified around daily living and social isolation.",
        "The support worker reports {n} has been talking at length about {grievance}.",
        "{n} lives alone and has had little contact with family since {year}.",
        "A carer's assessment has been offered to {relation}.",
    ),
    "Health": (
        "GP records show {n} was referred to mental health services in {year} for low mood "
        "and anxiety.",
        "{n} has a diagnosis of autism spectrum condition; communication works best with short "
        "written summaries and advance notice of changes.",
        "{n} did not attend the last two appointments with the community mental health team.",
        "The school nurse notes {n} described poor sleep and gaming online through the night.",
        "No current mental health concerns are recorded; the last contact with the surgery was "
        "in {month}.",
        "A CAMHS assessment on {date} found no diagnosable condition but recommended support "
        "with emotional regulation.",
    ),
    "Education": (
        "Attendance this term is {pct}%, down from {pct2}% last year.",
        "In a {lesson} lesson on {date} {n} described a minority group in dehumanising terms "
        "and would not withdraw the comment.",
        "Staff found {material} on {n}'s school laptop during a routine filtering check.",
        "The designated safeguarding lead met {n} and {relation} on {date}; {n} said the "
        "content was 'just jokes'.",
        "{n} received a fixed-term exclusion of {k} days after a fight at lunchtime.",
        "{n} has few friends in {their} year group and spends most breaks alone in the library.",
        "Teachers describe {n} as bright and engaged in {lesson} but quick to argue about "
        "{grievance}.",
        "{n} has been drawing symbols associated with extremist groups on exercise books.",
        "Pastoral staff report an improvement: {n} has joined an after-school club and "
        "attendance has risen to {pct2}%.",
    ),
    "Probation": (
        "{n} is subject to a community order with an unpaid work requirement until {month}.",
        "The probation officer reports good compliance with appointments; {n} maintains that "
        "{their} views are nobody's business.",
        "{n} was released on licence on {date}; conditions include restrictions on internet "
        "use and contact with named individuals.",
        "A home visit on {date} found no breaches of licence conditions.",
    ),
    "Housing": (
        "{n} is on the housing register and is currently sofa-surfing with {relation}.",
        "The tenancy officer noted flags and posters in the window during a gas safety visit "
        "on {date}.",
        "Rent arrears of £{amount} are reported; a notice seeking possession has been served.",
        "Neighbours have complained about noise and visitors at late hours since {month}.",
        "The family has been offered a move to a larger property in {town}.",
    ),
    "Security service": (
        "Information indicates {n} has been in online contact with individuals of concern.",
        "{n} is assessed to have an interest in {material} but there is no indication of "
        "attack planning.",
        "Further detail may be shared on request, subject to originator consent.",
        "The subject's online activity has reduced since {month}.",
    ),
    "Local authority": (
        "The Prevent coordinator screened the referral on {date} and opened the case for "
        "information gathering.",
        "Partner checks were requested from police, education, health and social care on {date}.",
        "{n} and {relation} were visited on {date} to explain the process and seek consent.",
        "A youth worker reports {n} attends the youth club in {town} most {weekday}s.",
        "The case was discussed with the panel chair on {date}.",
    ),
    "support": (
        "The intervention provider held the {ordinal} mentor session on {date}; topics covered "
        "{topic}.",
        "{n} engaged well in the {ordinal} mentor session and talked openly about {grievance}.",
        "The mentor reports {n} was reluctant to engage and left the session early.",
        "{n} has started a college taster course and talks less about {grievance}.",
        "A joint visit with {relation} on {date} agreed to keep the support plan in place.",
        "{n} missed the mentor session on {date}; it has been rearranged for the following "
        "{weekday}.",
    ),
    "general": (
        "{n} has expressed a strong sense of grievance about {grievance}.",
        "{Relation} is worried about {n}'s new friendship group and late nights out.",
        "{n} has been using {platform} to view {material}.",
        "No further concerns have been noted since the last update.",
        "{n} was seen at {place} with peers not previously known to services.",
        "{n}'s phone use is now supervised at home at the request of {relation}.",
    ),
}
CORRECTIONS = (
    "the date of the visit was recorded incorrectly and has been amended.",
    "the school named in the earlier entry was wrong.",
    "the material described was found on a shared family device, not {n}'s own phone.",
    "the attendance figure has been recalculated as {pct}%.",
    "the earlier entry named the wrong family member; it was {relation} who was present.",
    "the grading has been revised after the source was re-contacted.",
)
CORRECTION_PREFIX = "Correction to the entry of {}: "

# Who contributes information, for children and for adults.
CHILD_AGENCIES = weighted(
    [
        ("Education", 30),
        ("Children's social care", 15),
        ("Police", 15),
        ("Health", 10),
        ("Local authority", 20),
        ("Housing", 3),
        ("Security service", 3),
    ]
)
ADULT_AGENCIES = weighted(
    [
        ("Police", 22),
        ("Adult social care", 10),
        ("Health", 12),
        ("Probation", 12),
        ("Housing", 10),
        ("Local authority", 24),
        ("Security service", 6),
    ]
)
CHILD_SOURCES = weighted(
    [
        ("Education", 50),
        ("Police", 15),
        ("Children's social care", 12),
        ("Health", 8),
        ("Local authority", 8),
        ("Housing", 2),
        ("Security service", 5),
    ]
)
ADULT_SOURCES = weighted(
    [
        ("Police", 32),
        ("Health", 15),
        ("Adult social care", 10),
        ("Probation", 12),
        ("Housing", 8),
        ("Local authority", 10),
        ("Security service", 8),
    ]
)
# Source and information reliability are drawn independently; pairing them up front lets one
# draw give both.
GRADES = tuple(
    (source, info)
    for source in weighted([("A", 18), ("B", 45), ("C", 22), ("D", 5), ("E", 10)])
    for info in weighted([("1", 14), ("2", 40), ("3", 30), ("4", 13), ("5", 3)])
)
CASE_MARKINGS = weighted(
    [(Marking.OFFICIAL, 17), (Marking.OFFICIAL_SENSITIVE, 76), (Marking.SECRET, 7)]
)

# --- the case timeline -----------------------------------------------------------------------

STAGES = (
    CaseStatus.REFERRAL,
    CaseStatus.INFORMATION_GATHERING,
    CaseStatus.ASSESSMENT,
    CaseStatus.PANEL,
    CaseStatus.SUPPORT_PLAN,
    CaseStatus.REVIEW,
)
REFERRAL, GATHERING, ASSESSMENT, PANEL, SUPPORT, REVIEW = range(6)
# Days each stage usually lasts before the next begins; a case at panel waits for the next
# monthly meeting.
STAGE_DAYS = ((1, 12), (10, 40), (7, 35), (7, 35), (60, 180), (30, 240))
# Chance a case closes at the end of each stage rather than moving on; most referrals end early
# with no further action, and most cases that reach review end there.
CLOSE_AT = (0.18, 0.2, 0.15, 0.15, 0.05, 0.85)
CLOSING_REASONS = (
    (
        "No further action at screening: no vulnerability to radicalisation identified.",
        "Referred to social care as the more appropriate route; no Prevent concern.",
        "Already known to and managed by another partner.",
    ),
    (
        "No further action: information gathered does not indicate vulnerability to "
        "radicalisation.",
        "Moved out of the area; case transferred to the receiving authority.",
        "Signposted to mental health services; no ideological concern.",
        "Consent refused; no grounds to continue.",
    ),
    (
        "Assessment found low vulnerability; signposted to universal services.",
        "Consent refused; no grounds to continue.",
    ),
    (
        "Panel agreed no support is required; partners continue to monitor through existing plans.",
        "Consent refused; risk held by the police-led partnership.",
    ),
    ("Consent withdrawn during support; risk held by the police-led partnership.",),
    (
        "Support plan completed; panel satisfied that vulnerability has reduced.",
        "Support plan completed; engaged well with the intervention provider.",
        "Moved out of the area; case transferred to the receiving authority.",
    ),
)
REVIEW_DAYS = (14, 28, 28, 28, 90, 90)

# (owning agency, action, who it suits: "child", "adult" or "any")
INFO_ACTIONS = (
    ("Education", "Request attendance, behaviour and filtering records from {school}.", "child"),
    ("Police", "Complete Police National Computer and local intelligence checks.", "any"),
    ("Health", "Request a GP summary, with consent, covering mental health history.", "any"),
    ("Children's social care", "Check children's social care records for the household.", "child"),
    ("Adult social care", "Check adult social care records and any current package.", "adult"),
    ("Housing", "Confirm tenancy details and any reported concerns at the address.", "any"),
    ("Local authority", "Arrange a consent visit with {n} and {relation}.", "child"),
    ("Local authority", "Arrange a consent visit with {n}.", "adult"),
    ("Probation", "Confirm current order or licence conditions.", "adult"),
)
SUPPORT_ACTIONS = (
    ("Local authority", "Allocate an intervention provider for weekly mentor sessions.", "any"),
    ("Education", "Weekly pastoral check-ins at {school}, reported to the case officer.", "child"),
    ("Health", "Refer to CAMHS for assessment of emotional regulation.", "child"),
    ("Health", "Refer to the community mental health team for assessment.", "adult"),
    ("Local authority", "Offer a place on the youth service's programme at {place}.", "child"),
    ("Housing", "Review tenancy support and the request for a move.", "any"),
    ("Probation", "Review licence conditions on internet use.", "adult"),
    ("Local authority", "Offer {relation} an online safety session.", "child"),
    ("Local authority", "Careers adviser to meet {n} about college options.", "child"),
    ("Adult social care", "Support worker to help {n} into employment support.", "adult"),
    ("Police", "Prevent officer to make a follow-up home visit.", "any"),
)


def _suiting(actions: tuple[tuple[str, str, str], ...], who: str) -> tuple[tuple[str, str], ...]:
    return tuple((agency, text) for agency, text, fits in actions if fits in (who, "any"))


INFO_ACTIONS_FOR = {c: _suiting(INFO_ACTIONS, c) for c in ("child", "adult")}
SUPPORT_ACTIONS_FOR = {c: _suiting(SUPPORT_ACTIONS, c) for c in ("child", "adult")}

# Evidence for a factor scored above the minimum. An authority's own framework may have factors
# not listed here; they fall back to their domain's phrases, then to the generic ones.
FACTOR_EVIDENCE: dict[str, tuple[str, ...]] = {
    "engagement.identity": (
        "Says {n} does not fit in anywhere and has found 'people who get it' online.",
        "Few friends offline; most social contact is through {platform}.",
    ),
    "engagement.grievance": (
        "Strong, repeated grievance about {grievance}.",
        "Returns to {grievance} in most conversations.",
    ),
    "engagement.susceptibility": (
        "Relies on a single online source for news and explanations.",
        "Accepts what older contacts say without question.",
    ),
    "engagement.status": (
        "Wants to be seen as someone who knows the 'truth'.",
        "Enjoys the attention that sharing material brings.",
    ),
    "engagement.mental_health": (
        "Low mood and isolation reported by health.",
        "Autism diagnosis; finds change and ambiguity hard.",
        "Poor sleep and anxiety noted by the GP.",
    ),
    "engagement.family_influence": (
        "An older relative shares similar views at home.",
        "Friendship group shares the same material.",
    ),
    "intent.over_identification": (
        "Talks about the cause as the most important thing in {their} life.",
        "Has changed appearance and language to match the group.",
    ),
    "intent.us_and_them": (
        "Talks about an out-group as a threat to people like {n}.",
        "Divides people into 'us' and 'them' when discussing {grievance}.",
    ),
    "intent.dehumanisation": (
        "Shared material describing others in dehumanising terms.",
        "Used dehumanising language about a minority group.",
    ),
    "intent.justifying_offending": (
        "Excused the violence shown in {material}.",
        "Said an attacker 'had a point'.",
    ),
    "intent.harmful_means": (
        "Said that 'something has to be done' but not what.",
        "Believes violence is sometimes the only way to be heard.",
    ),
    "intent.harmful_objectives": (
        "No target named, but talks of wanting to 'make a statement'.",
        "Has spoken of wanting to join a group that uses violence.",
    ),
    "capability.knowledge_skills": (
        "Competent at editing and posting video.",
        "Has searched online for information about weapons.",
    ),
    "capability.access_resources": (
        "Limited contact with a network of concern online.",
        "Has money of {their} own from a part-time job.",
    ),
    "capability.criminal_history": (
        "Previous caution for a public order offence.",
        "Arrested once for criminal damage; no further action.",
    ),
    "capability.online_reach": (
        "Administers a group chat where material is shared.",
        "Posts are reshared by several hundred accounts.",
    ),
}
DOMAIN_EVIDENCE: dict[str, tuple[str, ...]] = {
    "engagement": ("Reported by partners; see information items.", "Raised by {relation}."),
    "intent": ("Seen in {material}.", "Expressed during a home visit."),
    "capability": ("Noted in police checks.", "No specific detail recorded."),
}
GENERIC_EVIDENCE = ("Reported by partners; see information items.",)
SCORE_WEIGHTS = {
    "engagement": weighted([(0, 15), (1, 35), (2, 35), (3, 15)]),
    "intent": weighted([(0, 30), (1, 35), (2, 25), (3, 10)]),
    "capability": weighted([(0, 55), (1, 30), (2, 12), (3, 3)]),
}
