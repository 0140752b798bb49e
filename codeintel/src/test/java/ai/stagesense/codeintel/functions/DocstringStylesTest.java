package ai.stagesense.codeintel.functions;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DocstringStylesTest {

    @Test
    void numpydocUnderlinedSections() {
        String doc = """
                Compute the arithmetic mean along the specified axis.

                Parameters
                ----------
                a : array_like
                    Array containing numbers whose mean is desired.
                axis : None or int or tuple of ints, optional
                    Axis or axes along which the means are computed.

                Returns
                -------
                m : ndarray, see dtype parameter above

                See Also
                --------
                average : Weighted average
                """;

        assertEquals(DocstringStyle.NUMPY, DocstringStyles.detect(doc));
    }

    @Test
    void numpydocAsWrittenInsideAFunctionKeepsItsIndentation() {
        String doc = "Fit the model.\n\n        Parameters\n        ----------\n        X : {array-like, sparse matrix} of shape (n_samples, n_features)\n            Training data.\n        ";

        assertEquals(DocstringStyle.NUMPY, DocstringStyles.detect(doc));
    }

    @Test
    void googleSections() {
        String doc = """
                Fetches rows from a Bigtable.

                Args:
                    big_table: An open Bigtable Table instance.
                    keys (Sequence[str]): A sequence of strings representing the key of each table row.

                Returns:
                    dict: A dict mapping keys to the corresponding table row data fetched.

                Raises:
                    IOError: An error occurred accessing the bigtable.Table object.
                """;

        assertEquals(DocstringStyle.GOOGLE, DocstringStyles.detect(doc));
    }

    @Test
    void googleGeneratorWithOnlyYields() {
        assertEquals(DocstringStyle.GOOGLE, DocstringStyles.detect("Iterate over batches.\n\nYields:\n    pd.DataFrame: the next batch."));
    }

    @Test
    void sphinxFieldLists() {
        String doc = """
                Send a request to the server.

                :param url: URL for the new :class:`Request` object.
                :param timeout: (optional) How many seconds to wait.
                :type timeout: float or tuple
                :returns: the response
                :rtype: requests.Response
                :raises ValueError: if the URL is invalid
                """;

        assertEquals(DocstringStyle.REST, DocstringStyles.detect(doc));
    }

    @Test
    void epydocFields() {
        String doc = """
                Return the distance between two points.

                @param p: the first point
                @type p: L{Point}
                @param q: the second point
                @return: the euclidean distance
                @rtype: C{float}
                """;

        assertEquals(DocstringStyle.EPYTEXT, DocstringStyles.detect(doc));
    }

    @Test
    void plainWhenNoConventionIsRecognised() {
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Drop rows whose target is missing."));
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect(""));
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect(null));
    }

    @Test
    void ambiguousTextsFallBackToPlain() {
        // a section word without napoleon's indented entries, or numpydoc's underline
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Load the data.\n\nReturns:\nthe frame, unchanged."));
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Load the data.\n\nParameters\npath : str"));
        // free-text sections are shared by every convention
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Load the data.\n\nExample:\n    >>> load('a.csv')"));
        // inline reST roles are not field lists
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Wraps :func:`pandas.read_csv` and :class:`Path`."));
        // a Javadoc-like tag without the colon epytext requires
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Scale x.\n\n@param x the value"));
        // an rST title underline inside a module docstring is not a numpydoc section
        assertEquals(DocstringStyle.PLAIN, DocstringStyles.detect("Usage\n-----\nRun it."));
    }

    @Test
    void mixedDocstringTakesTheConventionWithMoreEvidence() {
        String mostlyRest = "Scale.\n\nArgs:\n    x: value\n\n:param y: other\n:param z: third\n";
        String mostlyGoogle = "Scale.\n\nArgs:\n    x: value\n\nReturns:\n    float: scaled\n\n:rtype: float\n";

        assertEquals(DocstringStyle.REST, DocstringStyles.detect(mostlyRest));
        assertEquals(DocstringStyle.GOOGLE, DocstringStyles.detect(mostlyGoogle));
    }

    @Test
    void dominantIsTheMostFrequentNonPlainStyle() {
        assertEquals(DocstringStyle.NUMPY, DocstringStyles.dominant(List.of(
                DocstringStyle.PLAIN, DocstringStyle.NUMPY, DocstringStyle.PLAIN, DocstringStyle.GOOGLE,
                DocstringStyle.NUMPY, DocstringStyle.PLAIN)));
    }

    @Test
    void dominantBreaksTiesByFirstSeenAndIgnoresPlainAndNull() {
        assertEquals(DocstringStyle.REST, DocstringStyles.dominant(Arrays.asList(
                null, DocstringStyle.REST, DocstringStyle.GOOGLE, DocstringStyle.GOOGLE, DocstringStyle.REST)));
        assertNull(DocstringStyles.dominant(List.of(DocstringStyle.PLAIN, DocstringStyle.PLAIN)));
        assertNull(DocstringStyles.dominant(List.of()));
    }
}
