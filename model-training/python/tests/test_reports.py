from stagesense_training.reports import hand_written


def test_a_rewritten_report_keeps_its_hand_written_sections(tmp_path):
    report = tmp_path / "report.md"
    assert hand_written(str(report)) == ""
    report.write_text("# generated\n\n| table |\n\n## Notes on this run (by hand)\n\nWhy it ran long.\n")
    assert hand_written(str(report)) == "## Notes on this run (by hand)\n\nWhy it ran long.\n"
    report.write_text("# generated\n\n## test\n\n## Before / after: x\n\nold run\n\n## Notes\n\nmore\n")
    assert hand_written(str(report)) == "## Before / after: x\n\nold run\n\n## Notes\n\nmore\n"
    report.write_text("# generated only\n\n## dev\n")
    assert hand_written(str(report)) == ""
