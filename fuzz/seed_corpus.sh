#!/bin/sh
# Seeds the fuzz corpora from the repository's seed articles (seeds/*.txt):
# whole articles for every target, and each non-empty line as a file of its
# own for the number parser and the sentence splitter.
set -eu
cd "$(dirname "$0")"
for t in extract numbers sentences; do
    mkdir -p "corpus/$t"
    cp ../seeds/*.txt "corpus/$t/"
done
for f in ../seeds/*.txt; do
    name=$(basename "$f" .txt)
    n=0
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        [ -n "$line" ] || continue
        printf '%s' "$line" > "corpus/sentences/$name-$n"
        printf '%s' "$line" > "corpus/numbers/$name-$n"
    done < "$f"
done
echo "corpus: $(ls corpus/extract | wc -l) extract, $(ls corpus/numbers | wc -l) numbers, $(ls corpus/sentences | wc -l) sentences"
