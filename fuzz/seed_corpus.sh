#!/bin/sh
# Seeds the fuzz corpora from the repository's seed articles (seeds/*.txt)
# and the hand-labelled fixture articles (crates/tinbai/tests/fixtures/*/*.txt):
# whole articles for every target, and each non-empty line as a file of its
# own for the number parser and the sentence splitter.
set -eu
cd "$(dirname "$0")"
articles="../seeds/*.txt ../crates/tinbai/tests/fixtures/*/*.txt"
for t in extract numbers sentences; do
    mkdir -p "corpus/$t"
    for f in $articles; do
        cp "$f" "corpus/$t/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
done
for f in $articles; do
    name=$(basename "$(dirname "$f")")-$(basename "$f" .txt)
    n=0
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        [ -n "$line" ] || continue
        printf '%s' "$line" > "corpus/sentences/$name-$n"
        printf '%s' "$line" > "corpus/numbers/$name-$n"
    done < "$f"
done
echo "corpus: $(ls corpus/extract | wc -l) extract, $(ls corpus/numbers | wc -l) numbers, $(ls corpus/sentences | wc -l) sentences"
