"""Ways into pitchlint other than ``pitchlint check``: pre-send hooks and the
e-mail API for scripts and web apps.

- :mod:`pitchlint.interfaces.api`: :func:`check_email_message` and
  :class:`PitchRejected` (re-exported from :mod:`pitchlint`).
- :mod:`pitchlint.interfaces.hooks`: ``pitchlint hook sendmail`` and
  ``pitchlint hook git-sendemail-validate``.

Nothing here is imported by ``import pitchlint`` except the small API module,
so the hooks add no start-up cost to the rest of the package.
"""
