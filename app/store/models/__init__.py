"""The conference data model (SQLAlchemy 2.0 typed mapping). No Qt here.

Which of these tables sync, in which order, and which of their columns travel: :mod:`app.store.synced`.
"""

from app.store.base import Base, Record
from app.store.models.conference import AgendaItem, Conference, Speech
from app.store.models.journal import ExportRecord
from app.store.models.people import Delegate, Honoree, Invitee
from app.store.models.profiles import UnitProfile
from app.store.models.registry import CatalogueItem, Counter, Meta, Plan, Unit
from app.store.models.reports import AwardTally, ReviewNote
from app.store.models.sync import SyncConflict, SyncLedger, SyncPeer, SyncReceived

__all__ = [
    "Base",
    "Record",
    "Meta",
    "Counter",
    "Unit",
    "Plan",
    "CatalogueItem",
    "Conference",
    "AgendaItem",
    "Speech",
    "Invitee",
    "Honoree",
    "Delegate",
    "AwardTally",
    "ReviewNote",
    "UnitProfile",
    "SyncPeer",
    "SyncReceived",
    "SyncLedger",
    "SyncConflict",
    "ExportRecord",
]
