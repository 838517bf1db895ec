//! The division table for the address selects (province → city → district), as the core has it.

use icp_filing::divisions::{self, ProvinceDivisions};

/// Every filing province with its cities and their districts (GB/T 2260), for the address
/// selects. The UI stores the names, so a draft's free-text city still loads.
#[tauri::command(async)]
pub fn divisions() -> Vec<ProvinceDivisions> {
    divisions::table().tree()
}
