"""plans as records: kind and issuing document of a plan, invitees marked for review

Every existing plan becomes a five-year plan (the only kind the app knew); a conference without
a plan is given the plan that was in force (the latest period), as the app read it before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 11:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema. Columns are only added (SQLite adds them in place: the tables, which other
    tables point at, are not copied); the server defaults stay, the values existing rows take."""
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), nullable=False, server_default='five-year'))
        batch_op.add_column(sa.Column('doc_number', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('doc_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('doc_body', sa.String(length=200), nullable=True))

    with op.batch_alter_table('invitees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('needs_review', sa.Boolean(), nullable=False, server_default=sa.false()))

    # The plan in force before plans were records: the latest period (what active_plan() read).
    op.execute(sa.text(
        "UPDATE conferences SET plan_id = (SELECT p.id FROM plans p WHERE p.deleted = :no "
        "ORDER BY p.period_end DESC, p.created_at DESC LIMIT 1) WHERE plan_id IS NULL"
    ).bindparams(no=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('invitees', schema=None) as batch_op:
        batch_op.drop_column('needs_review')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_column('doc_body')
        batch_op.drop_column('doc_date')
        batch_op.drop_column('doc_number')
        batch_op.drop_column('kind')
