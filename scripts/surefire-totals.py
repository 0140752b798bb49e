"""Counts passed and failed tests from JUnit XML reports (Maven Surefire's, or one pytest --junitxml file)."""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def totals(files):
    passed = failed = 0
    for path in files:
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError):
            continue
        suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
        for suite in suites:
            tests = int(suite.get("tests", 0))
            bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skipped = int(suite.get("skipped", 0))
            passed += tests - bad - skipped
            failed += bad
    return passed, failed


if __name__ == "__main__":
    if sys.argv[1] == "--junit":
        files = [sys.argv[2]]
    else:
        files = glob.glob(os.path.join(sys.argv[1], "*", "target", "surefire-reports", "TEST-*.xml"))
        files += glob.glob(os.path.join(sys.argv[1], "*", "*", "target", "surefire-reports", "TEST-*.xml"))
    print("%d %d" % totals(files))
