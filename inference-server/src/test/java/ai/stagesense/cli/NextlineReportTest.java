package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A new eval-nextline run rewrites the measured part of the report and keeps the notes written by hand. */
class NextlineReportTest {

    @Test
    void theNotesOfThePreviousReportAreKept() {
        String previous = "# Next-line\n\n| old | table |\n\n## Notes on this run\n\nWhy the table moved.\n";
        assertEquals("# Next-line\n\n| new | table |\n\n## Notes on this run\n\nWhy the table moved.\n",
                NextlineReport.keepingNotes("# Next-line\n\n| new | table |\n", previous));
    }

    @Test
    void withoutNotesOrAPreviousReportOnlyTheNewPartIsWritten() {
        assertEquals("# new\n", NextlineReport.keepingNotes("# new\n", null));
        assertEquals("# new\n", NextlineReport.keepingNotes("# new\n", "# old\n\n## Results\n"));
    }
}
