//! A small scoped thread pool for batches: items are handed out one at a
//! time from a shared counter, so long and short articles balance out.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

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

#[cfg(test)]
mod tests {
    #[test]
    fn order_is_kept_and_every_item_is_done() {
        let items: Vec<usize> = (0..1000).collect();
        let out = super::map(&items, Some(4), |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(super::map(&Vec::<u8>::new(), Some(4), |x| *x).is_empty());
    }
}
