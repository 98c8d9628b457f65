"""private keys leave the database

The installation's private keys move from the ``meta`` row ``sync_identity`` to the OS credential
store or a key file in the data folder (``app.sync.keystore``). The move needs the data folder and
the credential store, and must read the keys back before deleting them, so the app does it on open
(``app.sync.keys.move_keys_out``: idempotent, safe if interrupted) rather than this script.

This revision changes no table. It exists so that an older version of the app, which looks for
the keys in the database and would make new ones there (a "changed key" at the parent, and private
keys back in every backup), refuses a database whose keys were moved out ("made by a newer
version; update the app").

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 10:00:00

"""
from typing import Sequence, Union


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Nothing to change in the schema (see the module's docstring)."""


def downgrade() -> None:
    """An older version would make new keys in the database: restore them there first with
    ``hoinghi keys restore`` on that version."""
