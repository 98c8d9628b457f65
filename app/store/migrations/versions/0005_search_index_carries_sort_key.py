"""the search index carries the sort key

A search in name order reads the matches' sort keys from the index in the same pass that
matches them (see RecordSource._one_pass), instead of matching twice.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 09:00:00

"""
from typing import Sequence, Union

from alembic import op

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = ('delegates', 'honorees', 'invitees')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_search')
            batch_op.create_index(f'ix_{table}_search', ['search_text', 'deleted', 'sort_key', 'id'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_search')
            batch_op.create_index(f'ix_{table}_search', ['search_text', 'deleted', 'id'], unique=False)
