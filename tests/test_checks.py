"""Plan checks: break a rule and see the finding, fix it and see it go."""

from datetime import date, time
from types import SimpleNamespace as NS

import pytest

from app.domain.checks import check_conference
from app.domain.plan import PlanRules, agenda_times
from app.services.catalogues import active_plan


@pytest.fixture
def rules(store):
    with store.session() as s:
        return PlanRules.from_dict(active_plan(s).rules)


def _good(rules):
    conference = NS(id="c", date=date(2025, 3, 20), form="tuyen-duong-dhtt")
    agenda = [NS(id=a.code, kind=a.code, minutes=a.minutes) for a in rules.agenda]
    honorees = [
        NS(id="h1", field="nong-nghiep", commendations=[{"title": "x"}], achievement="", target_group=t)
        for t in rules.target_groups
    ]
    honorees.append(NS(id="h2", field="du-lich", commendations=[], achievement="Làm du lịch cộng đồng"))
    speeches = [NS(id="s1", field="nong-nghiep"), NS(id="s2", field="du-lich")]
    return conference, agenda, speeches, honorees


def codes(findings):
    return {f.code for f in findings}


def test_a_conference_that_meets_the_plan_has_no_findings(rules):
    conference, agenda, speeches, honorees = _good(rules)
    assert check_conference(rules, "A", conference, agenda, speeches, honorees, 3) == []


def test_each_rule(rules):
    conference, agenda, speeches, honorees = _good(rules)
    late = NS(id="c", date=date(2025, 4, 2), form="tuyen-duong-dhtt")
    assert "late" in codes(check_conference(rules, "A", late, agenda, speeches, honorees, 3))
    assert "late" not in codes(check_conference(rules, "B", late, agenda, speeches, honorees, 3))
    wrong_form = NS(id="c", date=date(2025, 3, 2), form="hoi-nghi-dhtt")
    assert "form" in codes(check_conference(rules, "A", wrong_form, agenda, speeches, honorees, 3))
    long_agenda = agenda + [NS(id="x", kind="custom", minutes=120)]
    assert "too-long" in codes(check_conference(rules, "A", conference, long_agenda, speeches, honorees, 3))
    without_launch = [a for a in agenda if a.kind != "phat-dong"]
    assert "missing-item:phat-dong" in codes(
        check_conference(rules, "A", conference, without_launch, speeches, honorees, 3)
    )
    found = check_conference(rules, "A", conference, agenda, speeches[:1], honorees, 3)
    field = next(f for f in found if f.code == "speech-fields")
    assert (
        field.severity == "error" and "Du lịch" not in field.vi
    )  # labels are optional; codes shown without them
    assert "no-delegates" in codes(check_conference(rules, "A", conference, agenda, speeches, honorees, 0))
    bare = honorees + [NS(id="h3", field="du-lich", commendations=[], achievement="  ")]
    finding = next(
        f
        for f in check_conference(rules, "A", conference, agenda, speeches, bare, 3)
        if f.code == "honoree-bare"
    )
    assert finding.ids == ("h3",)


def test_agenda_times_follow_start_and_durations():
    times = agenda_times(time(7, 30), [5, 15, 30])
    assert [(a.strftime("%H:%M"), b.strftime("%H:%M")) for a, b in times] == [
        ("07:30", "07:35"),
        ("07:35", "07:50"),
        ("07:50", "08:20"),
    ]


def test_plan_is_data_a_different_cycle_needs_no_code(rules):
    other = PlanRules.from_dict(
        {
            "groups": {"A": {"deadline": "2030-03-31", "forms": ["x"], "max_minutes": 200}},
            "agenda": [{"code": "mo", "title": "Mở", "minutes": 10, "required": True}],
        }
    )
    conference = NS(id="c", date=date(2030, 3, 1), form="x")
    findings = check_conference(other, "A", conference, [NS(id="a", kind="custom", minutes=250)], [], [], 1)
    assert codes(findings) == {"too-long", "missing-item:mo"}
