//! A 12-megapixel photo to an upload under 1 MB (issue 6), and inspecting it (the app's
//! materials step). Peak memory and the side-by-side with ImageMagick: scripts/bench-images.sh.

use criterion::{criterion_group, criterion_main, Criterion};
use icp_filing::images::{self, MaterialKind, PrepareRequest};
use image::{Rgb, RgbImage};

/// Photo-like test image: fractal value noise (smooth areas, edges and fine detail at every
/// scale, like ImageMagick's `plasma:fractal`) plus grain; about 3.5 MB as a quality-92 JPEG,
/// like a 12-megapixel phone photo. Deterministic.
fn photo(w: u32, h: u32) -> RgbImage {
    fn hash(x: i64, y: i64, seed: u64) -> f32 {
        let mut v = (x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ (y as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
            ^ seed.wrapping_mul(0x1656_67B1_9E37_79F9);
        v ^= v >> 31;
        v = v.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        v ^= v >> 29;
        (v & 0xFFFF) as f32 / 65535.0
    }
    fn noise(x: f32, y: f32, seed: u64) -> f32 {
        let (xi, yi) = (x.floor() as i64, y.floor() as i64);
        let (fx, fy) = (x - x.floor(), y - y.floor());
        let (sx, sy) = (fx * fx * (3.0 - 2.0 * fx), fy * fy * (3.0 - 2.0 * fy));
        let a = hash(xi, yi, seed) + (hash(xi + 1, yi, seed) - hash(xi, yi, seed)) * sx;
        let b = hash(xi, yi + 1, seed) + (hash(xi + 1, yi + 1, seed) - hash(xi, yi + 1, seed)) * sx;
        a + (b - a) * sy
    }
    RgbImage::from_fn(w, h, |x, y| {
        let mut px = [0f32; 3];
        for (c, v) in px.iter_mut().enumerate() {
            let (mut amp, mut freq, mut sum) = (0.5f32, 1.0 / 700.0, 0.0f32);
            for octave in 0..10 {
                sum += amp * noise(x as f32 * freq, y as f32 * freq, (c * 16 + octave) as u64);
                amp *= 0.68;
                freq *= 2.0;
            }
            // Sensor grain, as in a real photo.
            let grain = (hash(i64::from(x), i64::from(y), 99 + c as u64) - 0.5) * 18.0;
            *v = (sum * 260.0 - 10.0 + grain).clamp(0.0, 255.0);
        }
        Rgb(px.map(|v| v as u8))
    })
}

fn bench(c: &mut Criterion) {
    let img = photo(4000, 3000);
    let input = images::compress::encode(&img, 92).unwrap();
    drop(img);
    let mut req = PrepareRequest::new(MaterialKind::Other);
    req.max_bytes = Some(1_000_000);
    let once = images::prepare(&input, &req).unwrap();
    eprintln!(
        "input {} bytes; output {}x{} quality {} {} bytes, downscaled {}",
        input.len(),
        once.width,
        once.height,
        once.quality,
        once.bytes,
        once.downscaled
    );
    let mut g = c.benchmark_group("images");
    g.sample_size(10);
    g.bench_function("prepare 12 MP JPEG to <= 1 MB", |b| {
        b.iter(|| images::prepare(std::hint::black_box(&input), &req).unwrap())
    });
    g.bench_function("inspect 12 MP JPEG", |b| {
        b.iter(|| images::inspect(std::hint::black_box(&input), MaterialKind::Other, None).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
