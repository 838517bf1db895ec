//! ID card (GB 11643), unified social credit code (GB 32100) and organisation code (GB 11714)
//! parsing from arbitrary text. Nothing may panic; what parses is idempotent (its normalised
//! form parses to itself) and carries a correct check character.
#![no_main]

use icp_filing::draft::CertificateKind;
use icp_filing::identity;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(id) = identity::parse_id_card(text) {
        let again = identity::parse_id_card(&id.normalised).expect("normalised ID parses");
        assert_eq!(again.normalised, id.normalised);
        assert_eq!(
            identity::gb11643_check_char(&id.normalised[..17]),
            id.normalised[17..].chars().next()
        );
    }
    if let Ok(code) = identity::parse_uscc(text) {
        let again = identity::parse_uscc(&code.normalised).expect("normalised USCC parses");
        assert_eq!(again.normalised, code.normalised);
        assert_eq!(
            identity::uscc_check_char(&code.normalised[..17]),
            code.normalised[17..].chars().next()
        );
    }
    if let Ok(code) = identity::parse_organisation_code(text) {
        let again = identity::parse_organisation_code(&code).expect("normalised code parses");
        assert_eq!(again, code);
    }
    let _ = identity::gb11643_check_char(text);
    let _ = identity::uscc_check_char(text);
    let _ = identity::organisation_code_check_char(text);
    for kind in [
        CertificateKind::ResidentIdCard,
        CertificateKind::BusinessLicence,
    ] {
        let _ = identity::check_format(kind, text);
    }
});
