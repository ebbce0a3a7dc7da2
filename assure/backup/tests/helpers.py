"""What a round trip compares: every backed-up table's rows, as Django serializes them, and every document's bytes."""
import io
import json
import tarfile
from pathlib import Path

from django.conf import settings

from assure.backup.contents import backed_up_models, label, rows


def snapshot() -> dict:
    return {label(model): list(rows(model)) for model in backed_up_models()}


def differences(before: dict, after: dict) -> list[str]:
    """One line per table whose rows differ, naming the first differing row: empty when the two are the same."""
    found = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        if old != new:
            first = next((pair for pair in zip(old, new) if pair[0] != pair[1]), None)
            found.append(f"{name}: {len(old)} rows before, {len(new)} after; first difference {first}")
    return found


def documents(root=None) -> dict:
    root = Path(root or settings.MEDIA_ROOT)
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def members(path) -> dict:
    with tarfile.open(path, "r:*") as tar:
        return {member.name: tar.extractfile(member).read() for member in tar}


def rewrite(path, out, change) -> Path:
    """A copy of the backup at `path` with `change(name, bytes) -> bytes` applied to each member."""
    with tarfile.open(out, "w") as tar:
        for name, body in members(path).items():
            body = change(name, body)
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return Path(out)


def manifest(path) -> dict:
    return json.loads(members(path)["manifest.json"])
