"""Evaluation reports are part generated, part written by hand: a rewrite keeps the hand-written part."""
import os

# Headings that open a hand-written section; everything from the first of them on is kept.
HAND_WRITTEN = ("## Notes", "## Before / after")


def hand_written(path):
    """The report's hand-written sections (from the first such heading to the end), or "" when it has none."""
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    starts = [i for heading in HAND_WRITTEN for i in [text.find("\n" + heading)] if i >= 0]
    return text[min(starts) + 1:] if starts else ""
