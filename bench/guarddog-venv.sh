# Sourced by the benchmarks that run GuardDog: installs GuardDog 3 from PyPI into .build/guarddog-venv once, and
# sets GUARDDOG_PYTHON. guarddog-names.py then runs its typosquatting rule offline.
GUARDDOG_VENV=.build/guarddog-venv
GUARDDOG_PYTHON=$GUARDDOG_VENV/bin/python
[ -x "$GUARDDOG_PYTHON" ] || python3 -m venv "$GUARDDOG_VENV"
# Asked through package metadata: importing guarddog builds every rule, which may try the network.
"$GUARDDOG_PYTHON" -c 'import importlib.metadata as m, sys; sys.exit(not m.version("guarddog").startswith("3."))' \
  2>/dev/null || { echo "== installing GuardDog 3 from PyPI into $GUARDDOG_VENV"; "$GUARDDOG_VENV/bin/pip" install -q 'guarddog>=3,<4'; }

# guarddog_names POPULAR.csv NAMES.txt OUT.json CACHE-DIR: GuardDog's answers; names it already judged against the
# same popular list are remembered in .build/guarddog-memo/ (it takes minutes per few thousand names on two cores).
guarddog_names() {
  "$GUARDDOG_PYTHON" bench/guarddog-names.py --popular "$1" --names "$2" --out "$3" --cache-dir "$4" \
    --memo-dir .build/guarddog-memo
}
