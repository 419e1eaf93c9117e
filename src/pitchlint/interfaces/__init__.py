"""Ways into pitchlint other than ``pitchlint check``, among them:

- :mod:`pitchlint.interfaces.api`: :func:`check_email_message` and
  :class:`PitchRejected` (re-exported from :mod:`pitchlint`).
- :mod:`pitchlint.interfaces.hooks`: ``pitchlint hook sendmail`` and
  ``pitchlint hook git-sendemail-validate``.

``import pitchlint`` imports only the small API module from here, so the hooks
add no start-up cost to the rest of the package.
"""
