"""Rules versus learned roles of lines and cells (ADR 115): `python -m assure.imports.learned.experiment`.

Every document is read with `intake.read_document`, as the importer does. Reference roles come from
`roles.label(document, gold)`, the rules' roles from `roles.label(document, extract_record(document))`.
Classifiers are trained on generated layout families (`families.py`, which include corpus.py's own
renderings) and the held-out sets already tuned on, then scored once on the evaluation set (default:
heldout3, never trained on). Prints per-role F1 and macro-F1 for the rules and each model. Seeds fixed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass

from assure.imports.learned.families import FAMILY_NAMES
from assure.imports.learned.features import features
from assure.imports.learned.roles import ROLES, label, units

GENERATED = 240      # generated documents, 30 of each of the eight families
VARIANT_MODEL = "logistic, + rules' roles"  # chosen on the heldout2 dry run, before heldout3 was seen
HAND_WEIGHT = 3.0    # a hand-made held-out document's units count three times a generated one's


@dataclass
class Labelled:
    name: str
    gold: list[str]           # reference roles of the scored units
    rules: list[str]          # the rules' roles of the same units
    with_rules: list[dict]    # features including the rules' roles
    without_rules: list[dict]
    weight: float = 1.0
    extracted: dict | None = None   # the rules' record (kept for the variant record builder)
    all_units: list | None = None
    all_rules: list[str] | None = None
    keep: list[int] | None = None    # indexes of the scored units in all_units


def prepare(name: str, document, gold: dict, weight: float = 1.0) -> Labelled:
    from assure.imports.extract import extract_record

    try:
        extracted = extract_record(document)
    except Exception:  # noqa: BLE001 - a document the rules refuse has no rules' roles but still counts
        extracted = {}
    all_units = units(document)
    gold_roles, rules_roles = label(document, gold), label(document, extracted)
    keep = [i for i, u in enumerate(all_units) if u.scored]
    with_rules, without_rules = features(all_units, rules_roles), features(all_units, None)
    return Labelled(name, [gold_roles[i] for i in keep], [rules_roles[i] for i in keep],
                    [with_rules[i] for i in keep], [without_rules[i] for i in keep], weight,
                    extracted, all_units, rules_roles, keep)


def generated(count: int = GENERATED) -> list[Labelled]:
    from assure.documents.intake import read_document
    from assure.imports.learned.families import document

    out = []
    for seed in range(count):
        name, data, record = document(seed)
        out.append(prepare(name, read_document(data, name), record))
    return out


def held_out(set_name: str, weight: float = HAND_WEIGHT) -> list[Labelled]:
    from assure.documents.intake import read_document
    from assure.imports.evaluate import labelled_sets

    chosen = [s for s in labelled_sets() if s.name == set_name]
    if not chosen:
        raise SystemExit(f"no labelled set called {set_name}")
    labelled = chosen[0]
    if labelled.untouched and weight:  # ADR 105: an untouched set is scored, never trained on
        raise SystemExit(f"{set_name} is kept untouched: it can be the evaluation set, never a training set")
    return [prepare(path.name, read_document(path), json.loads((labelled.gold / f"{path.stem}.json").read_text()),
                    weight) for path in labelled.documents()]


def _flatten(docs: list[Labelled], key: str):
    X, y, w = [], [], []
    for d in docs:
        X += getattr(d, key)
        y += d.gold
        w += [d.weight] * len(d.gold)
    return X, y, w


def models():
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    def logistic():
        return make_pipeline(DictVectorizer(), LogisticRegression(C=1.0, max_iter=3000))

    def boosted():  # layout and pattern features only (no word features), as a dense matrix
        return make_pipeline(_NoWords(), DictVectorizer(sparse=False),
                             HistGradientBoostingClassifier(max_iter=150, learning_rate=0.1, random_state=0))

    return {"logistic, text+layout": ("without_rules", logistic), "logistic, + rules' roles": ("with_rules", logistic),
            "boosted, + rules' roles": ("with_rules", boosted)}


class _NoWords:
    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [{k: v for k, v in f.items() if not k.startswith(("w=", "w0="))} for f in X]

    def fit_transform(self, X, y=None):
        return self.transform(X)

    def get_params(self, deep=True):
        return {}

    def set_params(self, **params):
        return self


def scores(gold: list[str], predicted: list[str]) -> dict:
    from sklearn.metrics import f1_score

    per_role = f1_score(gold, predicted, labels=list(ROLES), average=None, zero_division=0)
    out = {role: round(float(f), 3) for role, f in zip(ROLES, per_role)}
    present = [f for role, f in zip(ROLES, per_role) if role in gold or role in predicted]  # as sklearn's macro
    out["macro"] = round(float(sum(present) / len(present)), 3)
    return out


def run(eval_set: str, train_sets: list[str], count: int) -> dict:
    from assure.imports.evaluate import labelled_sets

    started = time.monotonic()
    train = generated(count)
    for name in train_sets:
        train += held_out(name)
    test = held_out(eval_set, weight=0.0)
    gold = [g for d in test for g in d.gold]
    results = {"rules": scores(gold, [r for d in test for r in d.rules])}
    predictions = {}
    for name, (key, make) in models().items():
        X, y, w = _flatten(train, key)
        model = make()
        model.fit(X, y, **{model.steps[-1][0] + "__sample_weight": w})
        predictions[name] = list(model.predict(_flatten(test, key)[0]))
        results[name] = scores(gold, predictions[name])
    record_f1 = record_scores(eval_set, test, predictions[VARIANT_MODEL])
    per_doc = {}
    for d in test:
        n = len(d.gold)
        per_doc[d.name] = {"units": n, "rules": sum(a == b for a, b in zip(d.gold, d.rules)) / max(1, n)}
        for name, predicted in predictions.items():
            per_doc[d.name][name] = sum(a == b for a, b in zip(d.gold, predicted[:n])) / max(1, n)
            predictions[name] = predicted[n:]
    return {"eval_set": eval_set, "train_sets": train_sets, "generated": count,
            "train_units": sum(len(d.gold) for d in train), "eval_units": len(gold),
            "support": {role: gold.count(role) for role in ROLES}, "results": results, "per_document_accuracy": per_doc,
            "record_f1": record_f1, "untouched": any(s.untouched for s in labelled_sets() if s.name == eval_set),
            "seconds": round(time.monotonic() - started, 1)}


def families_left_out(count: int) -> dict:
    """Macro-F1 on each generated family when the models were trained without it (and on heldout, heldout2)."""
    from assure.imports.learned.families import FAMILIES

    docs = generated(count)
    hand = held_out("heldout") + held_out("heldout2")
    out = {}
    for family in range(FAMILIES):
        test = [d for seed, d in enumerate(docs) if seed % FAMILIES == family]
        train = [d for seed, d in enumerate(docs) if seed % FAMILIES != family] + hand
        gold = [g for d in test for g in d.gold]
        figures = {"rules": scores(gold, [r for d in test for r in d.rules])["macro"]}
        for name, (key, make) in models().items():
            if name.startswith("boosted"):
                continue
            X, y, w = _flatten(train, key)
            model = make()
            model.fit(X, y, **{model.steps[-1][0] + "__sample_weight": w})
            figures[name] = scores(gold, list(model.predict(_flatten(test, key)[0])))["macro"]
        out[FAMILY_NAMES[family]] = figures
    return out


def record_scores(eval_set: str, test: list[Labelled], predicted: list[str]) -> dict:
    """record_f1 (shared scorer) of the rules' records and of the variant built from the learned roles."""
    import subprocess
    import tempfile
    from pathlib import Path

    from assure.imports.evaluate import SHARED, labelled_sets
    from assure.imports.learned.variant import corrected

    gold_dir = next(s for s in labelled_sets() if s.name == eval_set).gold
    scorer = SHARED / "eval" / "score_minutes.py"
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for which in ("rules", "rules + learned roles"):
            (Path(tmp) / which).mkdir()
        position = 0
        for d in test:
            roles = list(d.all_rules)
            for i, role in zip(d.keep, predicted[position:position + len(d.keep)]):
                roles[i] = role
            position += len(d.keep)
            stem = Path(d.name).stem
            for which, record in (("rules", d.extracted), ("rules + learned roles",
                                                           corrected(d.extracted, d.all_units, d.all_rules, roles))):
                record = dict(record, source=d.name)
                (Path(tmp) / which / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False, default=str))
        for which in ("rules", "rules + learned roles"):
            result = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(Path(tmp) / which), "--json"],
                                    capture_output=True, text=True, check=True)
            overall = json.loads(result.stdout)["overall"]
            out[which] = {k: round(v, 3) for k, v in overall.items() if isinstance(v, (int, float))}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default="heldout3", help="the set scored (never trained on); default heldout3")
    parser.add_argument("--train", nargs="*", help="held-out sets trained on (default: heldout and heldout2, "
                        "minus the evaluation set)")
    parser.add_argument("--generated", type=int, default=GENERATED)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--families-out", action="store_true",
                        help="instead: score each generated family with models trained without it")
    args = parser.parse_args(argv)
    if args.families_out:
        table = families_left_out(args.generated)
        names = list(next(iter(table.values())))
        print("macro-F1 of roles on each generated family, trained without it (+ heldout, heldout2):")
        print(f"{'family':22}" + "".join(f"{n[:26]:>27}" for n in names))
        for family, figures in table.items():
            print(f"{family:22}" + "".join(f"{figures[n]:>27.3f}" for n in names))
        return 0
    train_sets = args.train if args.train is not None else [s for s in ("heldout", "heldout2") if s != args.eval]
    if args.eval in train_sets:
        parser.error("the evaluation set cannot be trained on")
    result = run(args.eval, train_sets, args.generated)
    if args.json:
        if result["untouched"]:
            result.pop("per_document_accuracy")
        print(json.dumps(result, indent=2))
        return 0
    print(f"eval {result['eval_set']} ({result['eval_units']} units); trained on {result['generated']} generated + "
          f"{', '.join(train_sets) or 'nothing else'} ({result['train_units']} units); {result['seconds']} s")
    print(f"{'':28}" + "".join(f"{r[:10]:>11}" for r in (*ROLES, "macro")))
    print(f"{'support':28}" + "".join(f"{result['support'][r]:>11}" for r in ROLES))
    for name, figures in result["results"].items():
        print(f"{name:28}" + "".join(f"{figures[r]:>11.3f}" for r in (*ROLES, "macro")))
    print(f"record (shared scorer; variant from {VARIANT_MODEL!r}):")
    for which, figures in result["record_f1"].items():
        print(f"  {which:24} " + " ".join(f"{k}={figures[k]:.3f}" for k in
                                          ("record_f1", "items_f1", "actions_f1", "owners_acc", "decisions_f1",
                                           "updates_f1") if k in figures))
    if result["untouched"]:  # ADR 105: nobody reads an untouched set's per-document figures
        print("(per-document figures not shown: the evaluation set is kept untouched)")
        return 0
    print("per-document accuracy (share of units whose role is right):")
    for doc, figures in result["per_document_accuracy"].items():
        print(f"  {doc[:34]:34} {figures['units']:>4} " + " ".join(f"{k.split(',')[0][:8]}={v:.2f}" for k, v in
                                                                     figures.items() if k != "units"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
