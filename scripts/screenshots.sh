#!/usr/bin/env bash
# The README's window pictures (docs/window-*.png), made again from the code as it is: a new
# library of the bundled articles with three bookmarks, photographed offscreen in Arabic
# (light, dark) and English (sepia). Run from the repository root, in its environment.
set -euo pipefail

export QT_QPA_PLATFORM=offscreen
library=$(mktemp -d)
trap 'rm -rf "$library"' EXIT
reader=(python -m reader --data-dir "$library/data")
articles=reader/resources/articles

"${reader[@]}" list > /dev/null  # the first start imports the bundled articles
"${reader[@]}" bookmark add "$articles/guide-en.txt" --section 2 --note "Try this next week" > /dev/null
"${reader[@]}" bookmark add "$articles/000_4f7f098b55a2622d.txt" --section 2 > /dev/null
"${reader[@]}" bookmark add "$articles/000_4f7f098b55a2622d.txt" --section 4 \
    --note "موقف زيلينسكي من المفاوضات" > /dev/null

for shot in ar:light ar:dark en:sepia; do
    language=${shot%%:*}
    theme=${shot##*:}
    "${reader[@]}" --lang "$language" --theme "$theme" --size 1280x820 \
        --screenshot "docs/window-$language-$theme.png"
done
ls -l docs/window-*.png
