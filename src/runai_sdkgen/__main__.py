import sys

from runai_sdkgen.cli import main

sys.exit(main())
