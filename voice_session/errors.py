"""The one exception type that reaches the user as a single clear line."""


class UserError(Exception):
    """A problem the user can fix; its message names the problem and the fix."""

    exit_code = 2
