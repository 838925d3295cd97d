"""The Welsh of the subject access report's fixed texts (packs/subject_access_pdf.py).

A plain English -> Welsh table like the meeting pack's (pack_words.WELSH, into which it is
merged, so that one translation check covers both): the report marks its texts with `w(...)`
as the pack does. Texts the meeting pack already has ("Status", "Date of birth", "Page
{page} of {pages}"...) are not repeated here. Counts are written with the singular noun, as
Welsh counts. Imports nothing, so pack_words may import it.
"""

from __future__ import annotations

NOTICE = (
    "Withheld for the data protection officer to review before release: information items "
    "that carry a handling caveat, and third parties (other subjects of a case, people linked "
    "to this person). Every other item is shown in full; the officer also reviews it for "
    "information about other people before anything is released."
)

SUBJECT_ACCESS_WELSH: dict[str, str] = {
    "Subject access report": "Adroddiad mynediad at ddata'r unigolyn",
    "Subject access report, {day}": "Adroddiad mynediad at ddata'r unigolyn, {day}",
    "Subject access report · person {person} · {who}": (
        "Adroddiad mynediad at ddata'r unigolyn · unigolyn {person} · {who}"
    ),
    "Person": "Unigolyn",
    "Person id": "Dynodydd yr unigolyn",
    "Produced {when} UTC by {who}. Cases: {n}.": "Cynhyrchwyd {when} UTC gan {who}. Achosion: {n}.",
    "Also known as: {names}": "Adwaenir hefyd fel: {names}",
    "Address: {address}": "Cyfeiriad: {address}",
    "What is withheld": "Beth a ddaliwyd yn ôl",
    NOTICE: (
        "Wedi'u dal yn ôl i'r swyddog diogelu data eu hadolygu cyn eu rhyddhau: eitemau "
        "gwybodaeth sydd â chafeat trin, a thrydydd partïon (unigolion eraill mewn achos, pobl "
        "sy'n gysylltiedig â'r unigolyn hwn). Dangosir pob eitem arall yn llawn; mae'r swyddog "
        "hefyd yn ei hadolygu am wybodaeth am bobl eraill cyn rhyddhau dim."
    ),
    "Withheld: {items} item(s) under handling caveats; {others} other subject(s) of these "
    "cases; {linked} linked person(s).": (
        "Wedi'u dal yn ôl: {items} eitem o dan gafeatau trin; {others} unigolyn arall yn yr "
        "achosion hyn; {linked} unigolyn cysylltiedig."
    ),
    "Withheld: a linked person ({relationship}), third party.": (
        "Wedi'i ddal yn ôl: unigolyn cysylltiedig ({relationship}), trydydd parti."
    ),
    "Cases": "Achosion",
    "Reference": "Cyfeirnod",
    "Referred": "Atgyfeiriwyd",
    "Items shown": "Eitemau a ddangosir",
    "Items withheld": "Eitemau a ddaliwyd yn ôl",
    "Case {ref}": "Achos {ref}",
    "Referral source": "Ffynhonnell yr atgyfeiriad",
    "Closing reason: {reason}": "Rheswm dros gau: {reason}",
    "Withheld: {n} other subject(s) of this case (third party).": (
        "Wedi'u dal yn ôl: {n} unigolyn arall yn yr achos hwn (trydydd parti)."
    ),
    "Information held": "Gwybodaeth a gedwir",
    "None shown.": "Dim i'w ddangos.",
    "Withheld: item {id} of {day} from {agency} ({caveats}): for the data protection officer "
    "to review.": (
        "Wedi'i dal yn ôl: eitem {id} dyddiedig {day} oddi wrth {agency} ({caveats}): i'r "
        "swyddog diogelu data ei hadolygu."
    ),
    "Chronology notes": "Nodiadau cronoleg",
    "By": "Gan",
    "Assessment of {day} by {who}": "Asesiad dyddiedig {day} gan {who}",
    "Actions": "Camau gweithredu",
    "update {day}: {note}": "diweddariad {day}: {note}",
    "Minutes: {title}, {day}": "Cofnodion: {title}, {day}",
    "Discussion": "Trafodaeth",
    "Attachments held": "Atodiadau a gedwir",
    "Type": "Math",
    "Bytes": "Beitiau",
    "Added": "Ychwanegwyd",
    "Disclosures": "Datgeliadau",
    "Copy": "Copi",
    "Issued": "Dosbarthwyd",
    "Returned": "Dychwelwyd",
    "Destroyed": "Dinistriwyd",
    "Lost": "Collwyd",
    "Transfer bundle": "Bwndel trosglwyddo",
    "Sent": "Anfonwyd",
    "To": "At",
    "Access log": "Cofnod mynediad",
    "When": "Pryd",
    "Who": "Pwy",
    "What (as recorded in the audit log)": "Beth (fel y'i cofnodwyd yn y log archwilio)",
    "Outcome": "Canlyniad",
    "Allowed": "Caniatawyd",
    "Failed": "Methodd",
}
