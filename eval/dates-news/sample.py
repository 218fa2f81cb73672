#!/usr/bin/env python3
"""Draws the articles of the news-dates dev set from SaudiNewsNet, and checks the labels.

  sample.py draw CORPUS_DIR OUT_DIR      writes OUT_DIR/NN.txt, one per drawn article, to read
  sample.py check CORPUS_DIR expressions.tsv   checks every offset against the record's content

Two seeded samples, both by the lowest sha1(seed + url) so the draw is reproducible and needs no
list of the corpus in memory beyond the current zip:
  random:   seed "dates-news-random-1", every article with a body (not chosen for containing dates);
  timeword: seed "dates-news-timeword-1", only articles whose first REGION characters contain a
            time word (clock time, Hijri month, weekday, yesterday/today/tomorrow), so that the
            kinds real news is full of are well represented. Articles already drawn are skipped.
Offsets are Java's (UTF-16 code units) into the record's `content` field.
"""
import hashlib, json, re, sys, zipfile, pathlib

N_RANDOM, N_TIMEWORD, REGION = 40, 45, 2000
SEED_RANDOM, SEED_TIMEWORD = "dates-news-random-1", "dates-news-timeword-1"
TIME_WORD = re.compile(
    r"الساعة\s*[0-9٠-٩]|[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\s*(?:صباح|مساء|ظهر|فجر)"
    r"|محرم|صفر|ربيع|جماد[ىي]|رجب|شعبان|رمضان|شوال|القعدة|الحجة"
    r"|أمس|الأمس|البارحة|غد[اًا]|اليوم|الليلة"
    r"|السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة")


def records(corpus):
    for z in sorted(pathlib.Path(corpus).glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for r in json.loads(zf.read(name).decode("utf-8")):
                    yield r


def key(seed, url):
    return hashlib.sha1((seed + url).encode("utf-8")).hexdigest()


def java_len(s):
    return len(s.encode("utf-16-le")) // 2


def java_sub(s, start, end):
    u = s.encode("utf-16-le")
    return u[2 * start:2 * end].decode("utf-16-le")


def draw(corpus, out):
    rand, timed = [], []
    for r in records(corpus):
        url, content = r.get("url") or "", r.get("content") or ""
        if not url or not content.strip():
            continue
        rand.append((key(SEED_RANDOM, url), url))
        if TIME_WORD.search(content[:REGION]):
            timed.append((key(SEED_TIMEWORD, url), url))
        rand, timed = sorted(rand)[:N_RANDOM], sorted(timed)[:N_RANDOM + N_TIMEWORD]
    chosen = {u: "random" for _, u in rand}
    for _, u in timed:
        if u not in chosen and sum(1 for v in chosen.values() if v == "timeword") < N_TIMEWORD:
            chosen[u] = "timeword"
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for r in records(corpus):
        if r.get("url") in chosen:
            n += 1
            (out / f"{n:02d}.txt").write_text(
                f"{chosen[r['url']]}\n{r['url']}\n{r['date_extracted']}\n{r['title']}\n\n"
                + r["content"][:REGION + 200], encoding="utf-8")


def check(corpus, tsv):
    rows = [l.rstrip("\n").split("\t") for l in open(tsv, encoding="utf-8") if not l.startswith("#")]
    rows = rows[1:] if rows and rows[0][0] == "url" else rows
    wanted = {row[0] for row in rows}
    contents = {r["url"]: r["content"] for r in records(corpus) if r.get("url") in wanted}
    bad = 0
    for row in rows:
        url, start, end, text = row[0], int(row[1]), int(row[2]), row[3]
        got = java_sub(contents.get(url, ""), start, end)
        if got != text:
            bad += 1
            print(f"MISMATCH {url} {start}-{end}: {text!r} != {got!r}")
    print(f"{len(rows)} expressions, {len(contents)} articles, {bad} mismatches")
    return 1 if bad or len(contents) != len(wanted) else 0


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2], sys.argv[3])
    else:
        sys.exit(check(sys.argv[2], sys.argv[3]))
