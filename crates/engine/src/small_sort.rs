//! A stable insertion sort for the engine's short lists (results, lines, situations: tens of
//! items). `slice::sort_by*` is a stable driftsort that the compiler copies for every element
//! type and comparison — about 4 KB of wasm each, ≈ 25 KB for the app's six sorts (twiggy, issue
//! 14); this is a few dozen bytes per use. Quadratic: do not use it for lists of thousands.

/// Sort `v` stably so that `less(a, b)` puts `a` before `b` (a strict "less than").
pub fn by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sort `v` stably by `key`, like `slice::sort_by_key`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a) < key(b))
}

#[cfg(test)]
mod tests {
    /// Same order as the standard library's stable sort, ties kept in their first order.
    #[test]
    fn matches_std_stable_sort() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in 0..80 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            super::by_key(&mut ours, |x| x.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "len {len}");
            let mut rev = v.clone();
            super::by(&mut rev, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).is_lt());
            let mut std_rev = v;
            std_rev.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            assert_eq!(rev, std_rev, "len {len}");
        }
    }
}
