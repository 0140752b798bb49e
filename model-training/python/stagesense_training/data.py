"""Reading the dataset builder's outputs and vocabulary files."""
import glob
import json
import os

SPECIALS = ["<pad>", "<unk>", "<s>", "</s>", "<nl>", "<cell>"]
PAD, UNK, BOS, EOS = 0, 1, 2, 3


def read_jsonl(path):
    """Yields objects from a .json/.jsonl file or every such file in a directory (Spark writes part files)."""
    files = [path] if os.path.isfile(path) else sorted(
        glob.glob(os.path.join(path, "*.json")) + glob.glob(os.path.join(path, "*.jsonl")))
    for file in files:
        with open(file, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    yield json.loads(line)


class Vocabulary:
    """The plain-text vocabulary format of ai.stagesense.codeintel.tokens.Vocabulary: line number = id."""

    def __init__(self, tokens):
        if list(tokens[:len(SPECIALS)]) != SPECIALS:
            raise ValueError("vocabulary must start with the special tokens %s" % SPECIALS)
        self.itos = list(tokens)
        self.stoi = {t: i for i, t in enumerate(self.itos)}

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as fh:
            return cls([line.rstrip("\n") for line in fh if line.rstrip("\n")])

    def save(self, path):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(self.itos) + "\n")

    def encode(self, tokens):
        return [self.stoi.get(t, UNK) for t in tokens]

    def decode(self, ids):
        return [self.itos[i] for i in ids]

    def __len__(self):
        return len(self.itos)
