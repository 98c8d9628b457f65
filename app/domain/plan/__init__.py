"""A plan as data: its period and kind, the groups with deadlines and allowed forms, the standard
agenda, the movements, fields and target groups to cover, the checks that apply — and the words
its period is written with.

The rules come from ``Plan.rules`` (shipped in ``resources/plans/``, authored in the desk or
imported from a file); no year, province or cycle is written in code. One validation
(:func:`plan_problems`) serves every door a plan comes through: the editor, a file, a bundle.

The parts: :mod:`.rules` (kinds, checks, the rules of a plan, the agenda's times of the day),
:mod:`.period` (the period and its words), :mod:`.problems` (the one validation) and
:mod:`.shift` (a new plan from an old one, every date moved to the new period).
"""

from app.domain.plan.period import PlanWording, document_reference, parse_period, period_key
from app.domain.plan.problems import Problem, plan_problems
from app.domain.plan.rules import (
    CHECKS,
    DEFAULT_MAX_MINUTES,
    PLAN_KINDS,
    AgendaTemplate,
    GroupRules,
    PlanRules,
    agenda_times,
)
from app.domain.plan.shift import shift_years_in_text, shifted_plan

__all__ = [
    "PLAN_KINDS",
    "CHECKS",
    "DEFAULT_MAX_MINUTES",
    "GroupRules",
    "AgendaTemplate",
    "PlanRules",
    "agenda_times",
    "parse_period",
    "period_key",
    "PlanWording",
    "document_reference",
    "Problem",
    "plan_problems",
    "shift_years_in_text",
    "shifted_plan",
]
