"""PyInstaller runtime hook: environment the frozen app needs before any library loads.

- HTTPS for `studio models download`: a frozen Python on macOS (and some Windows set-ups)
  cannot find the system's CA certificates, so urllib fails with CERTIFICATE_VERIFY_FAILED;
  point OpenSSL at the bundled certifi file unless the user set SSL_CERT_FILE.
"""

import os
import sys

_bundle_dir = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
_cafile = os.path.join(_bundle_dir, "certifi", "cacert.pem")
if "SSL_CERT_FILE" not in os.environ and os.path.isfile(_cafile):
    os.environ["SSL_CERT_FILE"] = _cafile
