package ai.stagesense.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** The markdown report of eval-nextline: how it was measured, then the tables. */
final class NextlineReport {

    /** Where the hand-written notes start; a new run rewrites what comes before and keeps them. */
    static final String NOTES_HEADING = "## Notes";

    private NextlineReport() {
    }

    static String markdown(String tables, HeldOutNotebooks.Selection selection, String split, Path models,
                           int limit, int perNotebook, String combinations, double seconds, int threads,
                           Instant when) {
        return String.format(Locale.ROOT, """
                # Next-line suggestions on held-out notebooks

                Written by `./stagesense eval-nextline --dataset DIR --models %s --split %s --limit %d \
                --per-notebook %d --combinations %s` on %s \
                (%.0f s for the suggestions on %d threads).

                **What is asked.** %d pairs from %d `%s`-split notebooks (the split is by notebook, so none of them \
                was trained on; notebooks in a fixed pseudo-random order, at most %d pairs of each, evenly spread \
                over it; %d pairs \
                in %d notebooks are in the split). Each pair is asked of the engine the way a front-end asks: the \
                notebook's earlier code cells and the cell's source up to the start of the statement as the prefix, \
                nothing after the cursor, three suggestions. The engines are the objects the server builds from the \
                models directory (`ModelLoader`), so the stage classifier, masking, n-gram table and argument \
                templates are the served ones. Skipped: %d pairs whose masked line did not come out the same when \
                the notebook was masked again, %d that continue a statement already on the line (the second name \
                of `import a, b`).

                **Methods.** *served*: the engine as loaded; its n-gram table is the stage-less one (levels over \
                the previous masked lines, the same without variable numbers and as the APIs they call; without \
                such levels in the file, the stage-aware counts summed over stages). *stage-aware*: the same engine \
                asking the stage-aware table (the stage and the previous masked lines) with the stage of the cell. *copy the previous \
                line*: the statement before the cursor, as written. *seq2seq* rows appear when the models \
                directory holds `nextline-*` models: *seq2seq, then n-gram* puts the beam search's lines first; \
                *n-gram where it knows the context* puts the n-gram's first when its table counted lines after \
                exactly the two previous lines, the seq2seq's otherwise; *interpolated* ranks every line by \
                0.5 × the model's probability + 0.5 × the n-gram's relative frequency; *seq2seq alone* has no \
                n-gram lines.

                **Metrics.** API@k: the API called by one of the first k suggestions (the value's call chain of the \
                masked line without arguments: `pandas.read_csv`, `print`, a variable's last member as \
                `var.head`; imports and magics are their own API) equals the real line's; counted over the pairs \
                whose real line calls something. Exact match@k: the masked line. Edit similarity: \
                1 − Levenshtein / longer length between the first suggestion as realised in the user's names and \
                the real statement (whitespace runs count as one space; 0 when there is no suggestion); *when exact@1*: \
                the same over the pairs whose first masked line is right, i.e. how well realisation (names, \
                argument templates) alone does. \
                *answered*: share of pairs with at least one suggestion. *While typing*: the same pairs asked again \
                after the first characters of the real line are typed (the ghost text the user then sees); exact \
                when the typed characters + the first (or any of three) suggestion's text are the real line, \
                whitespace runs as one space.
                %s""", models, split, limit, perNotebook, combinations, when, seconds, threads, selection.pairs(),
                selection.notebooks().size(), split, perNotebook, selection.heldOutPairs(),
                selection.heldOutNotebooks(),
                selection.mismatched(), selection.continuations(), tables);
    }

    /** {@code generated}, then {@code previous}'s notes (from {@link #NOTES_HEADING} on), if it has any. */
    static String keepingNotes(String generated, String previous) {
        if (previous == null) {
            return generated;
        }
        int notes = previous.startsWith(NOTES_HEADING) ? 0 : previous.indexOf("\n" + NOTES_HEADING);
        if (notes < 0) {
            return generated;
        }
        return generated.stripTrailing() + "\n\n" + previous.substring(notes).strip() + "\n";
    }
}
