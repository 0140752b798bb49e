"""Checks generated docstrings with the parsers their styles are defined by.

Usage: docstring_checks.py (napoleon-google | napoleon-numpy | docutils-rest | numpydoc) FILE

napoleon-*     sphinx.ext.napoleon turns each google/numpy docstring into reST; the reST must parse without
               docutils warnings and list exactly the function's parameters.
docutils-rest  each reST docstring must parse without warnings and list exactly the function's parameters.
numpydoc       numpydoc's own validator, on the errors about structure and content (not on missing Examples or
               See Also, which a generator cannot know).

Prints one line per problem and exits 1 when there is any; exits 0 otherwise.
"""
import ast
import importlib.util
import io
import re
import sys

# GL05 (tabs) is left out: in tab-indented code a docstring follows the body's tabs, like the code itself does.
NUMPYDOC_CODES = {
    "GL02", "GL03", "GL06", "GL07", "GL09", "GL10",
    "SS01", "SS02", "SS03", "SS04", "SS05",
    "PR01", "PR02", "PR03", "PR05", "PR06", "PR07", "PR08", "PR09", "PR10",
    "RT01", "RT03", "RT04", "RT05", "YD01",
}


def functions(tree):
    """Every function with a docstring, nested ones included, with its dotted name."""
    def walk(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                if ast.get_docstring(child) is not None:
                    yield name, child
                yield from walk(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, prefix + child.name + ".")
    yield from walk(tree, "")


def signature_names(fn, is_method):
    args = fn.args
    names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    if args.vararg:
        names.append(args.vararg.arg)
    if args.kwarg:
        names.append(args.kwarg.arg)
    return [n for n in names if n not in ("self", "cls")]


def rest_problems(name, fn, text):
    import docutils.core
    import docutils.utils
    problems = []
    stream = io.StringIO()
    docutils.core.publish_doctree(text, settings_overrides={
        "report_level": 2, "halt_level": 5, "warning_stream": stream})
    if stream.getvalue().strip():
        problems.append(f"{name}: docutils: {stream.getvalue().strip()}")
    documented = [re.sub(r"^[\\*]+", "", m).replace("\\", "")
                  for m in re.findall(r"^:param (?:[^:]*\s)?([^\s:]+):", text, re.M)]
    expected = signature_names(fn, True)
    if sorted(documented) != sorted(expected):
        problems.append(f"{name}: parameters documented {documented}, signature has {expected}")
    return problems


def napoleon(path, style):
    from sphinx.ext.napoleon import Config
    from sphinx.ext.napoleon.docstring import GoogleDocstring, NumpyDocstring
    config = Config(napoleon_use_param=True, napoleon_use_rtype=True)
    parser = GoogleDocstring if style == "google" else NumpyDocstring
    tree = ast.parse(open(path, encoding="utf-8").read())
    problems = []
    for name, fn in functions(tree):
        rest = str(parser(ast.get_docstring(fn), config))
        problems += rest_problems(name, fn, rest)
    return problems


def docutils_rest(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    problems = []
    for name, fn in functions(tree):
        problems += rest_problems(name, fn, ast.get_docstring(fn))
    return problems


def numpydoc(path):
    from numpydoc.validate import validate
    spec = importlib.util.spec_from_file_location("generated_module", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["generated_module"] = module
    spec.loader.exec_module(module)
    tree = ast.parse(open(path, encoding="utf-8").read())
    problems = []
    for name, fn in functions(tree):
        obj = module
        try:
            for part in name.split("."):
                obj = getattr(obj, part)
        except AttributeError:
            continue  # nested functions cannot be imported; the other checkers read them from the source
        for code, message in validate("generated_module." + name)["errors"]:
            if code in NUMPYDOC_CODES:
                problems.append(f"{name}: {code} {message}")
    return problems


def main():
    command, path = sys.argv[1], sys.argv[2]
    if command.startswith("napoleon-"):
        problems = napoleon(path, command.split("-", 1)[1])
    elif command == "docutils-rest":
        problems = docutils_rest(path)
    elif command == "numpydoc":
        problems = numpydoc(path)
    else:
        sys.exit(f"unknown command {command}")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
