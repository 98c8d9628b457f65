"""ceremony: an invitee's manual protocol order; an honoree's register number (per unit and year)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('invitees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manual_order', sa.Integer(), nullable=True))
    with op.batch_alter_table('honorees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('register_no', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('register_year', sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('honorees', schema=None) as batch_op:
        batch_op.drop_column('register_year')
        batch_op.drop_column('register_no')
    with op.batch_alter_table('invitees', schema=None) as batch_op:
        batch_op.drop_column('manual_order')
