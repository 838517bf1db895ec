//! Image decoding from arbitrary bytes (JPEG, PNG, WebP, BMP, with EXIF orientation): what the
//! app does with a file the user picks. Nothing may panic or exceed the decoder's limits; an
//! image small enough is also prepared (resized, compressed, watermarked) for upload.
#![no_main]

use icp_filing::images::{self, MaterialKind, PrepareRequest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(inspection) = images::inspect(data, MaterialKind::IdFront, None) else {
        return;
    };
    // Preparing a large picture is slow, not wrong: keep the fuzzer fast.
    if u64::from(inspection.width) * u64::from(inspection.height) > 250_000 {
        return;
    }
    let request = PrepareRequest {
        kind: MaterialKind::IdFront,
        system: None,
        max_bytes: None,
        crop: None,
        quarter_turns: data.len() as u8 % 4,
        watermark: data.len() % 2 == 0,
    };
    if let Ok(prepared) = images::prepare(data, &request) {
        assert!(prepared.jpeg.starts_with(&[0xff, 0xd8]), "not a JPEG");
        assert!(prepared.bytes <= prepared.max_bytes);
    }
});
