"""The backup file: one tar (gzip-compressed when its name ends .gz or .tgz) holding `manifest.json` first, then one
JSON Lines file per table (`data/<app>.<model>.jsonl`) and every document under `documents/<its storage name>`.

The manifest lists every other file with its sha256 and size; reading a backup checks each against it and refuses a
file that is not a tar, has no readable manifest, has a file the manifest does not list, lacks one it lists, or
whose bytes differ. Files are copied into a staging folder under names of our own, never extracted by the names in
the tar, so a hostile tar cannot write outside it."""
import hashlib
import io
import json
import os
import tarfile
from pathlib import Path, PurePosixPath

FORMAT = "assure-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIXES = (".tar", ".tar.gz", ".tgz")


class Refused(Exception):
    """The backup cannot be made or restored as asked; the message says why and what to do. Nothing was written."""


def copy_hashing(source, target: Path) -> tuple[str, int]:
    """Copy a binary stream into `target`; its sha256 and size."""
    digest, size = hashlib.sha256(), 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as out:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return digest.hexdigest(), size


def file_digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def is_safe_name(name: str) -> bool:
    """A relative path that stays inside its folder: what a document's storage name must be to be restored."""
    path = PurePosixPath(name)
    return bool(name) and "\\" not in name and "\x00" not in name and not path.is_absolute() and ".." not in path.parts


def write(out: Path, manifest: dict, members: dict[str, Path]) -> int:
    """Write the tar: the manifest, then each member (name in the tar -> file on disk). Written beside `out` and
    renamed when complete, so `out` is never a half-written backup. Returns its size in bytes."""
    partial = out.with_name(out.name + ".partial")
    mode = "w:gz" if out.name.endswith((".gz", ".tgz")) else "w"
    try:
        with tarfile.open(partial, mode, format=tarfile.PAX_FORMAT) as tar:
            body = json.dumps(manifest, indent=1, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(body), 0, 0o644
            tar.addfile(info, io.BytesIO(body))
            for name, path in members.items():
                info = tarfile.TarInfo(name)
                info.size, info.mtime, info.mode = path.stat().st_size, 0, 0o644
                with open(path, "rb") as stream:
                    tar.addfile(info, stream)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out.stat().st_size


def read(path: Path, staging: Path) -> tuple[dict, dict[str, Path]]:
    """Check the backup and copy its files into `staging`: its manifest, and each member's name -> staged copy."""
    not_backup = f"{path} is not a backup made by `assure backup`"
    try:
        tar = tarfile.open(path, "r:*")
    except (tarfile.TarError, OSError):
        raise Refused(f"{not_backup}: it is not a tar file.") from None
    with tar:
        try:
            first = tar.next()
            if first is None or first.name != MANIFEST or not first.isfile():
                raise Refused(f"{not_backup}: it does not begin with {MANIFEST}.")
            manifest = _manifest(tar.extractfile(first).read(), not_backup)
            expected = manifest["files"]
            staged = {}
            for number, member in enumerate(tar):
                if member is first:
                    continue
                if member.name not in expected or not member.isfile() or member.name in staged:
                    raise Refused(f"{not_backup}: it holds {member.name!r}, which its manifest does not list.")
                target = staging / f"{number:06d}"
                digest, size = copy_hashing(tar.extractfile(member), target)
                if (digest, size) != (expected[member.name]["sha256"], expected[member.name]["bytes"]):
                    raise Refused(f"{path} is damaged or has been changed: {member.name} does not match the checksum "
                                  "in its manifest. Restore from another copy of the backup.")
                staged[member.name] = target
        except (tarfile.TarError, EOFError, OSError, KeyError, TypeError) as error:
            raise Refused(f"{path} cannot be read as a backup: it is damaged or incomplete ({error}).") from None
    missing = sorted(set(expected) - set(staged))
    if missing:
        raise Refused(f"{path} is incomplete: its manifest lists {len(missing)} file(s) it does not hold, the first "
                      f"{missing[0]}. Restore from another copy of the backup.")
    return manifest, staged


def _manifest(body: bytes, not_backup: str) -> dict:
    try:
        manifest = json.loads(body)
    except ValueError:
        raise Refused(f"{not_backup}: its {MANIFEST} is not JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Refused(f"{not_backup}: its {MANIFEST} does not say format {FORMAT!r}.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise Refused(f"The backup is in format version {manifest.get('format_version')!r}; this Assure reads version "
                      f"{FORMAT_VERSION}. Restore it with the Assure version that made it "
                      f"({manifest.get('assure_version', 'unknown')}).")
    for key, kind in (("files", dict), ("models", list), ("documents", list), ("migrations", dict)):
        if not isinstance(manifest.get(key), kind):
            raise Refused(f"{not_backup}: its {MANIFEST} has no {key!r}.")
    return manifest

