"""models/manifest.json: what the server loads, with checksums it verifies (docs/models.md)."""
import datetime
import hashlib
import json
import os


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def register_model(models_dir, entry):
    """Adds or replaces one model entry, computing sha256 of each of its files."""
    path = os.path.join(models_dir, "manifest.json")
    manifest = {"format": 1, "models": []}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            manifest = json.load(fh)
    entry = dict(entry)
    entry.setdefault("version", datetime.date.today().isoformat())
    entry["sha256"] = {f: sha256(os.path.join(models_dir, f)) for f in entry["files"].values()}
    manifest["models"] = [m for m in manifest["models"] if m["name"] != entry["name"]] + [entry]
    manifest["models"].sort(key=lambda m: m["name"])
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2)
        fh.write("\n")
    return manifest
