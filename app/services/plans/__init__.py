"""Plans as records: list, show, author, copy to a new period, export and import them, and the
words of a conference's period.

A plan belongs to the unit that issued it. The top unit of the registry (or any unit, for its own
internal conferences) writes plans; the units below receive them in bundles and only read them.
A plan shipped with the app (no owner) is adopted by the top unit the first time it edits it.
Every plan, whatever door it comes through, passes :func:`app.domain.plan.plan_problems`.

The parts: :mod:`.lookup` (finding plans, who may change them, summaries), :mod:`.conference_plan`
(the plan a conference follows and its words), :mod:`.authoring` (new from old, save, withdraw,
the editor's choices), :mod:`.plan_files` (export, import), :mod:`.shipped` (the plans that come
with the app), :mod:`.show` (``plan show``'s lines) and :mod:`.stored` (a plan document as stored).
"""

from app.services.plans.authoring import (
    catalogue_choices,
    checks_labels,
    editable_document,
    new_plan_from,
    save_plan,
    set_plan_withdrawn,
)
from app.services.plans.conference_plan import conference_wording, plan_of, rules_of, wording_for, wording_of
from app.services.plans.lookup import (
    KIND_LABELS,
    KIND_NAMES,
    SHIPPED_ISSUER,
    PlanSummary,
    default_plan,
    find_plan,
    issuer_of,
    list_plans,
    may_edit,
    plan_summary,
    refusal,
)
from app.services.plans.plan_files import (
    MAX_FILE,
    PlanImport,
    export_plan,
    import_plan,
    plan_changes,
    read_plan_file,
)
from app.services.plans.shipped import load_shipped
from app.services.plans.show import plan_lines
from app.services.plans.stored import canonical, normalise

__all__ = [
    "KIND_NAMES",
    "KIND_LABELS",
    "SHIPPED_ISSUER",
    "MAX_FILE",
    "normalise",
    "canonical",
    "find_plan",
    "issuer_of",
    "may_edit",
    "refusal",
    "PlanSummary",
    "list_plans",
    "plan_summary",
    "default_plan",
    "plan_of",
    "rules_of",
    "wording_of",
    "conference_wording",
    "wording_for",
    "new_plan_from",
    "save_plan",
    "editable_document",
    "read_plan_file",
    "export_plan",
    "PlanImport",
    "plan_changes",
    "import_plan",
    "load_shipped",
    "checks_labels",
    "set_plan_withdrawn",
    "catalogue_choices",
    "plan_lines",
]
