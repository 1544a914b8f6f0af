//! A small scoped thread pool for batches: items are handed out one at a
//! time from a shared counter, so long and short articles balance out.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

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

/// `f` applied to every item of `items` on up to `threads` worker threads,
/// with `sink` given each result **in input order** on the calling thread.
///
/// Workers pull items from the iterator themselves (so reading and parsing
/// an item is parallel work too) and never run more than `32 × threads`
/// items ahead of `sink`: memory stays bounded whatever the input's length,
/// even when one item is much slower than the others. There is no barrier
/// between batches. If `sink` returns an error, the workers stop after their
/// current item and that error is returned.
///
/// ```
/// let mut out = Vec::new();
/// tinbai::parallel::ordered((1..=5).map(|x| x * 10), Some(2), |x| x + 1, |r| {
///     out.push(r);
///     Ok::<(), String>(())
/// })
/// .unwrap();
/// assert_eq!(out, vec![11, 21, 31, 41, 51]);
/// ```
pub fn ordered<I, R, E>(
    items: I,
    threads: Option<usize>,
    f: impl Fn(I::Item) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator + Send,
    I::Item: Send,
    R: Send,
{
    let n = self::threads(threads);
    if n <= 1 {
        for item in items {
            sink(f(item))?;
        }
        return Ok(());
    }
    let window = 32 * n;
    // The iterator and the index of the next item it gives; workers wait on
    // `room` (with this lock) when they are `window` items ahead of `sink`.
    let source = Mutex::new((items, 0usize));
    let room = Condvar::new();
    // How many items `sink` has had, and how many workers wait for room:
    // atomics, so that the common case takes no lock but the source's.
    let given = AtomicUsize::new(0);
    let waiting = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, R)>();
        for _ in 0..n {
            let tx = tx.clone();
            let (source, room, given, waiting, stop, f) =
                (&source, &room, &given, &waiting, &stop, &f);
            scope.spawn(move || loop {
                let next = {
                    let mut s = source.lock().unwrap_or_else(|e| e.into_inner());
                    loop {
                        if stop.load(Ordering::SeqCst)
                            || s.1 < given.load(Ordering::SeqCst) + window
                        {
                            break;
                        }
                        // Say we wait, then look again: `sink` either sees
                        // us waiting (and wakes us under the lock) or has
                        // made room we now see.
                        waiting.fetch_add(1, Ordering::SeqCst);
                        if s.1 < given.load(Ordering::SeqCst) + window {
                            waiting.fetch_sub(1, Ordering::SeqCst);
                            break;
                        }
                        s = room.wait(s).unwrap_or_else(|e| e.into_inner());
                        waiting.fetch_sub(1, Ordering::SeqCst);
                    }
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let i = s.1;
                    s.1 += 1;
                    s.0.next().map(|item| (i, item))
                };
                let Some((i, item)) = next else { break };
                if tx.send((i, f(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let wake = || {
            let _guard = source.lock().unwrap_or_else(|e| e.into_inner());
            room.notify_all();
        };
        let mut waiting_results = BTreeMap::new();
        let mut next_out = 0usize;
        let mut result = Ok(());
        'recv: for (i, r) in rx.iter() {
            waiting_results.insert(i, r);
            while let Some(r) = waiting_results.remove(&next_out) {
                next_out += 1;
                if let Err(e) = sink(r) {
                    result = Err(e);
                    break 'recv;
                }
                given.fetch_add(1, Ordering::SeqCst);
                if waiting.load(Ordering::SeqCst) > 0 {
                    wake();
                }
            }
        }
        if result.is_err() {
            // Workers waiting for room see `stop`; the closed channel stops the rest.
            stop.store(true, Ordering::SeqCst);
            wake();
        }
        drop(rx);
        result
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
    fn ordered_keeps_input_order_with_uneven_work() {
        for threads in [1, 2, 3, 8] {
            let mut out = Vec::new();
            // Every seventh item is slow: later ones finish first.
            super::ordered(
                0..500usize,
                Some(threads),
                |x| {
                    if x % 7 == 0 {
                        std::thread::sleep(std::time::Duration::from_micros(200));
                    }
                    x * 2
                },
                |r| {
                    out.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(
                out,
                (0..500).map(|x| x * 2).collect::<Vec<_>>(),
                "threads = {threads}"
            );
        }
        let mut none = 0;
        super::ordered(
            std::iter::empty::<u8>(),
            Some(2),
            |x| x,
            |_| {
                none += 1;
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(none, 0);
    }

    #[test]
    fn ordered_stays_within_its_window() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let taken = AtomicUsize::new(0);
        let mut given = 0usize;
        let items = (0..2000usize).inspect(|_| {
            taken.fetch_add(1, Ordering::SeqCst);
        });
        super::ordered(
            items,
            Some(2),
            |x| x,
            |_| {
                given += 1;
                // Items are taken at most the window (32 × 2) ahead of the sink.
                assert!(taken.load(Ordering::SeqCst) <= given + 64);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(given, 2000);
    }

    #[test]
    fn ordered_stops_at_the_first_sink_error() {
        for threads in [1, 2] {
            let mut calls = 0;
            let r = super::ordered(
                0..100_000usize,
                Some(threads),
                |x| x,
                |_| {
                    calls += 1;
                    if calls == 5 {
                        Err("closed")
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(r, Err("closed"));
            assert_eq!(calls, 5);
        }
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
