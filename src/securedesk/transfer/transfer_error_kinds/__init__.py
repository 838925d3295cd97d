"""Every kind of failure the transfer package reports: bundles, receipts, contact cards, this
terminal's keys and the trust store, each with its stable code and English template.

The refusal reason a bundle error also carries (refusal_reasons.RefusalReason) stays the
contract that scripts and the audit chain compare; the kind says which wording the interface
shows. Data are file and entry names, ids, fingerprints, terminal names, markings and counts:
never case content. Phrases the code chooses (where in a bundle, what was wrong with a field)
are `TransferDetail` members, worded with the same data.
"""

from securedesk.transfer.transfer_error_kinds.details import (
    RECORD_NOUNS,
    RecordLine,
    TransferDetail,
    where_data,
)
from securedesk.transfer.transfer_error_kinds.errors import TransferErrorKind
from securedesk.transfer.transfer_error_kinds.exchange import ExchangeErrorKind

__all__ = [
    "RECORD_NOUNS",
    "ExchangeErrorKind",
    "RecordLine",
    "TransferDetail",
    "TransferErrorKind",
    "where_data",
]
