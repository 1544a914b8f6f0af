//! Thread safety: extracting from many threads at once gives the same
//! documents as one thread, through `std::thread::scope` with one shared
//! `Extractor` and through `extract_many` with any number of threads.

mod common;

use common::invariants;
use tinbai::{Document, Extractor, Options, ToneStyle};

const SEEDS: &[&str] = &[
    include_str!("../../../seeds/000_5168cd824a8382ba.txt"),
    include_str!("../../../seeds/001_131bf2ea8ccdff0c.txt"),
    include_str!("../../../seeds/002_ec4e49db9ba98951.txt"),
    include_str!("../../../seeds/003_d725f2a24901c8cf.txt"),
    include_str!("../../../seeds/004_060e889996191cc7.txt"),
];

/// The seeds and variants of them (CRLF, with a BOM, cut in half, two
/// glued together, empty) so that threads work on articles of unlike sizes.
fn articles() -> Vec<String> {
    let mut v: Vec<String> = SEEDS.iter().map(|s| s.to_string()).collect();
    for s in SEEDS {
        v.push(s.replace('\n', "\r\n"));
        v.push(format!("\u{feff}{s}"));
        let mut half = s.len() / 2;
        while !s.is_char_boundary(half) {
            half -= 1;
        }
        v.push(s[..half].to_string());
    }
    v.push(SEEDS.concat());
    v.push(String::new());
    v
}

fn one_thread(ex: &Extractor, articles: &[String]) -> Vec<Document> {
    articles.iter().map(|a| ex.extract(a)).collect()
}

#[test]
fn extractor_and_document_are_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Extractor>();
    send_sync::<Document>();
    send_sync::<Options>();
}

#[test]
fn scoped_threads_agree_with_one_thread() {
    let articles = articles();
    let ex = Extractor::default();
    let reference = one_thread(&ex, &articles);
    for (a, d) in articles.iter().zip(&reference) {
        invariants::check(a, d);
    }
    let threads = 6;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (ex, articles, reference) = (&ex, &articles, &reference);
                scope.spawn(move || {
                    // Each thread walks the articles from a different start,
                    // so the same article runs on several threads at once.
                    let n = articles.len();
                    for k in 0..n {
                        let i = (t * 3 + k) % n;
                        assert_eq!(
                            ex.extract(&articles[i]),
                            reference[i],
                            "thread {t}, article {i}"
                        );
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().expect("a thread panicked");
        }
    });
}

#[test]
fn extract_many_agrees_with_one_thread_for_any_thread_count() {
    let articles = articles();
    let reference = one_thread(&Extractor::default(), &articles);
    for threads in [None, Some(1), Some(3), Some(64)] {
        let docs = tinbai::extract_many(&articles, threads);
        assert_eq!(docs.len(), articles.len());
        assert!(docs == reference, "extract_many with {threads:?} threads");
    }
    // &str items and an empty batch.
    let strs: Vec<&str> = articles.iter().map(String::as_str).collect();
    assert!(tinbai::extract_many(&strs, Some(4)) == reference);
    assert!(tinbai::extract_many::<&str>(&[], Some(4)).is_empty());
}

#[test]
fn extractors_with_other_options_run_side_by_side() {
    let articles = articles();
    let new_tone = Extractor::new(Options {
        tone: ToneStyle::New,
        ..Options::default()
    });
    let bare = Extractor::new(Options {
        entities: false,
        numbers: false,
        ..Options::default()
    });
    let ref_new = one_thread(&new_tone, &articles);
    let ref_bare = one_thread(&bare, &articles);
    let ref_default = one_thread(&Extractor::default(), &articles);
    std::thread::scope(|scope| {
        let a = scope.spawn(|| new_tone.extract_many(&articles, Some(2)));
        let b = scope.spawn(|| bare.extract_many(&articles, Some(2)));
        let c = scope.spawn(|| tinbai::extract_many(&articles, Some(2)));
        assert!(a.join().expect("new tone") == ref_new);
        assert!(b.join().expect("bare") == ref_bare);
        assert!(c.join().expect("default") == ref_default);
    });
}
