package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.functions.DocstringStyle;
import org.junit.jupiter.api.Test;

/** Update mode: the person's text stays, only entries that changed with the signature move. */
class DocstringUpdateTest {

    private static DocstringResult python(String code) {
        return DocstringGenerator.generate(code, "python", null, null, null);
    }

    @Test
    void googleParameterAddedInSignatureOrderKeepingHumanText() {
        String code = """
                def load(path, encoding="utf-8", *, strict: bool = False):
                    \"""Load a file the careful way.

                    Reads everything at once.

                    Args:
                        path: Where the file lives,
                            relative to the project root.
                        strict: Fail on empty files.

                    Example:
                        >>> load("a.txt")
                    \"""
                    print(path)
                """;
        DocstringResult r = python(code);
        assertTrue(r.updated());
        assertEquals(DocstringStyle.GOOGLE, r.style());
        assertEquals("Load a file the careful way.", r.summary());
        assertEquals("""
                Load a file the careful way.

                Reads everything at once.

                Args:
                    path: Where the file lives,
                        relative to the project root.
                    encoding (optional): The text encoding. Defaults to "utf-8".
                    strict: Fail on empty files.

                Example:
                    >>> load("a.txt")""", r.docstring());
        assertEquals(2, r.edit().startLine());
        assertEquals(13, r.edit().endLine());
    }

    @Test
    void googleRemovedParameterGoesAndAnEmptyArgsSectionWithIt() {
        String code = """
                def reset():
                    \"""Reset the cache.

                    Args:
                        force: Also drop pinned entries.

                    Note:
                        Slow.
                    \"""
                """;
        assertEquals("""
                Reset the cache.

                Note:
                    Slow.""", python(code).docstring());
    }

    @Test
    void renamedParameterKeepsItsDescription() {
        String code = """
                def area(width, depth):
                    \"""Compute the area.

                    :param width: Width in cm.
                    :type width: float
                    :param height: Height in cm, measured inside.
                    :type height: float
                    :returns: The area in square cm.
                    \"""
                    return width * depth
                """;
        assertEquals("""
                Compute the area.

                :param width: Width in cm.
                :type width: float
                :param depth: Height in cm, measured inside.
                :type depth: float
                :returns: The area in square cm.""", python(code).docstring());
    }

    @Test
    void restRemovalTakesTheTypeFieldAlongAndMissingReturnsGoesBeforeRaises() {
        String code = """
                def scale(values, factor: float, offset=0):
                    \"""Scale values.

                    :param values: Numbers to scale.
                    :param gone: No longer used.
                    :type gone: int
                    :param other: Also gone.
                    :raises ValueError: If factor is zero.
                    \"""
                    if not factor:
                        raise ValueError(factor)
                    return [v * factor + offset for v in values]
                """;
        assertEquals("""
                Scale values.

                :param values: Numbers to scale.
                :param factor: The factor.
                :type factor: float
                :param offset: The offset. Defaults to ``0``.
                :returns: The result.
                :rtype: list
                :raises ValueError: If factor is zero.""", python(code).docstring());
    }

    @Test
    void numpySharedEntryLosesOnlyTheRemovedNameAndKeywordSectionsCount() {
        String code = """
                def fit(X, y):
                    \"""
                    Fit the model.

                    Parameters
                    ----------
                    X, y_old, z_old : array-like
                        Training data.

                    Other Parameters
                    ----------------
                    params
                        Passed to the solver.
                    \"""
                    return None
                """;
        DocstringResult r = python(code);
        assertEquals(DocstringStyle.NUMPY, r.style());
        assertEquals("""
                Fit the model.

                Parameters
                ----------
                X : array-like
                    Training data.
                y
                    The target values.

                Other Parameters
                ----------------
                params
                    Passed to the solver.""", r.docstring());
        assertTrue(r.edit().text().startsWith("    \"\"\"\n    Fit the model."), r.edit().text());
    }

    @Test
    void aNewParameterElsewhereIsNoRename() {
        String code = """
                def build(listener, descriptor, key_checker):
                    \"""Build a map.

                    Args:
                        listener: Told about changes.
                        key_checker: Checks keys.
                        value_checker: Checks values.
                    \"""
                """;
        assertEquals("""
                Build a map.

                Args:
                    listener: Told about changes.
                    descriptor: The descriptor.
                    key_checker: Checks keys.""", python(code).docstring());
    }

    @Test
    void entriesDescribingStarArgumentsStayAndClsOfAFunctionIsAParameter() {
        String code = """
                def cycler(cls, *args, **kwargs):
                    \"""Create a cycler.

                    Args:
                        label: The property key, passed positionally.
                        itr: The values.
                    \"""
                """;
        assertEquals("""
                Create a cycler.

                Args:
                    cls: The cls.
                    label: The property key, passed positionally.
                    itr: The values.
                    *args: Additional positional arguments.
                    **kwargs: Additional keyword arguments.""", python(code).docstring());
    }

    @Test
    void epytextAddsMissingParameterAndRaises() {
        String code = """
                def send(message, retries=3):
                    \"""Send a message.

                    @param message: What to say.
                    \"""
                    if retries < 0:
                        raise ValueError(retries)
                """;
        assertEquals("""
                Send a message.

                @param message: What to say.
                @param retries: The retries. Defaults to 3.
                @raise ValueError: If an argument has an invalid value.""", python(code).docstring());
    }

    @Test
    void existingReturnsTextIsNeverTouched() {
        String code = """
                def total(items):
                    \"""Add up.

                    Args:
                        items: Things.

                    Returns:
                        int: Their sum, or 0.
                    \"""
                    print(items)
                """;
        assertEquals("""
                Add up.

                Args:
                    items: Things.

                Returns:
                    int: Their sum, or 0.""", python(code).docstring());
    }

    @Test
    void plainDocstringGetsSectionsInTheFilesStyle() {
        String code = """
                def helper(a):
                    \"""Help.

                    Parameters
                    ----------
                    a : int
                        The a.
                    \"""


                def load_config(path):
                    '''Load the configuration.'''
                    return open(path).read()
                """;
        DocstringResult r = DocstringGenerator.generate(code, "python", null, 11, null);
        assertEquals(DocstringStyle.NUMPY, r.style());
        assertEquals("Load the configuration.", r.summary());
        assertEquals("""
                    '''Load the configuration.

                    Parameters
                    ----------
                    path
                        The file path.

                    Returns
                    -------
                    object
                        The config.
                    '''
                """, r.edit().text());
        assertEquals(12, r.edit().startLine());
        assertEquals(12, r.edit().endLine());
    }

    @Test
    void emptyDocstringIsFilledLikeANewOne() {
        String code = "def stop(now):\n    \"\"\"\"\"\"\n    pass\n";
        DocstringResult r = python(code);
        assertTrue(r.updated());
        assertEquals("Stop.\n\nArgs:\n    now: The now.", r.docstring());
        assertEquals("Stop.", r.summary());
    }

    @Test
    void explicitOtherStyleConvertsKeepingHumanText() {
        String code = """
                def fit(X, y=None):
                    \"""Fit the model to data.

                    Args:
                        X (ndarray): Training samples, one per row.

                    Returns:
                        Model: The fitted model.

                    Example:
                        >>> fit(X)
                    \"""
                    return Model(X)
                """;
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.NUMPY, null, null);
        assertEquals(DocstringStyle.NUMPY, r.style());
        assertEquals("""
                Fit the model to data.

                Parameters
                ----------
                X : ndarray
                    Training samples, one per row.
                y : optional
                    The target values. Default is None.

                Returns
                -------
                Model
                    The fitted model.

                Example:
                    >>> fit(X)""", r.docstring());
    }

    @Test
    void javadocTagsAreAddedAndRemovedInPlace() {
        String code = """
                class Repo {
                    /**
                     * Finds a user.
                     *
                     * <p>Looks in the cache first.
                     *
                     * @param id the user id, never negative
                     * @param cache no longer a parameter
                     * @param legacy neither is this
                     * @see UserCache
                     */
                    User find(long id, boolean fresh) throws java.io.IOException {
                        return null;
                    }
                }
                """;
        DocstringResult r = DocstringGenerator.generate(code, "java", null, 12, null);
        assertTrue(r.updated());
        assertEquals(DocstringStyle.JAVADOC, r.style());
        assertEquals("""
                    /**
                     * Finds a user.
                     *
                     * <p>Looks in the cache first.
                     *
                     * @param id the user id, never negative
                     * @param fresh the fresh flag
                     * @return the result
                     * @throws java.io.IOException if an I/O error occurs
                     * @see UserCache
                     */
                """, r.edit().text());
        assertEquals(2, r.edit().startLine());
        assertEquals(11, r.edit().endLine());
        assertFalse(r.edit().isInsertion());
    }
}
