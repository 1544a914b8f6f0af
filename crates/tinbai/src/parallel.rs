//! A small scoped thread pool for batches: items are handed out one at a
//! time from a shared counter, so long and short articles balance out.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

/// The number of threads to use: `requested`, or the machine's parallelism.
///
/// ```
/// assert_eq!(tinbai::parallel::threads(Some(3)), 3);
/// assert!(tinbai::parallel::threads(None) >= 1);
/// ```
pub fn threads(requested: Option<usize>) -> usize {
    match requested {
        Some(n) if n > 0 => n,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
}

/// `f` applied to every item, on up to `threads` threads, results in input order.
///
/// ```
/// let squares = tinbai::parallel::map(&[1, 2, 3, 4], Some(2), |x| x * x);
/// assert_eq!(squares, vec![1, 4, 9, 16]);
/// ```
pub fn map<T: Sync, R: Send>(
    items: &[T],
    threads: Option<usize>,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let n = self::threads(threads).min(items.len());
    if n <= 1 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..n {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                if let Ok(mut slots) = results.lock() {
                    slots[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

/// `f` applied to every item on up to `threads` worker threads, while the
/// calling thread hands each result to `sink` as soon as it is ready.
///
/// `sink` gets `(index, result)` in completion order, not input order. It
/// runs on the calling thread, in step with the workers, so slow consumers
/// (building objects for another language, writing) overlap with the work
/// instead of waiting for the whole batch. At most `2 × threads` results wait
/// for `sink` at any time. If `sink` returns an error, the workers stop after
/// their current item and that error is returned.
///
/// ```
/// let mut out = vec![0; 4];
/// tinbai::parallel::stream(&[1, 2, 3, 4], Some(2), |x| x * x, |i, sq| {
///     out[i] = sq;
///     Ok::<(), String>(())
/// })
/// .unwrap();
/// assert_eq!(out, vec![1, 4, 9, 16]);
/// ```
pub fn stream<T: Sync, R: Send, E>(
    items: &[T],
    threads: Option<usize>,
    f: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(usize, R) -> Result<(), E>,
) -> Result<(), E> {
    let n = self::threads(threads).min(items.len());
    if n <= 1 {
        for (i, item) in items.iter().enumerate() {
            sink(i, f(item))?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, R)>(2 * n);
        for _ in 0..n {
            let tx = tx.clone();
            let (next, f) = (&next, &f);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                // The receiver is gone only when `sink` failed: stop.
                if tx.send((i, f(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, r) in rx.iter() {
            if let Err(e) = sink(i, r) {
                // Let the workers see the closed channel and stop early.
                next.store(items.len(), Ordering::Relaxed);
                return Err(e);
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn order_is_kept_and_every_item_is_done() {
        let items: Vec<usize> = (0..1000).collect();
        let out = super::map(&items, Some(4), |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(super::map(&Vec::<u8>::new(), Some(4), |x| *x).is_empty());
    }

    #[test]
    fn stream_delivers_every_result_once_with_its_index() {
        let items: Vec<usize> = (0..1000).collect();
        for threads in [1, 2, 4] {
            let mut seen = vec![None; items.len()];
            super::stream(
                &items,
                Some(threads),
                |x| x * 3,
                |i, r| {
                    assert!(seen[i].is_none(), "index {i} delivered twice");
                    seen[i] = Some(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            let want: Vec<_> = items.iter().map(|x| Some(x * 3)).collect();
            assert_eq!(seen, want, "threads = {threads}");
        }
        let none: Vec<u8> = Vec::new();
        super::stream(&none, Some(2), |x| *x, |_, _| Err("never called")).unwrap();
    }

    #[test]
    fn stream_stops_at_the_first_sink_error() {
        let items: Vec<usize> = (0..10_000).collect();
        for threads in [1, 2] {
            let mut calls = 0;
            let r = super::stream(
                &items,
                Some(threads),
                |x| *x,
                |_, _| {
                    calls += 1;
                    if calls == 3 {
                        Err("full")
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(r, Err("full"));
            assert_eq!(calls, 3);
        }
    }
}
