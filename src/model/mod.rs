//! Typed serde model of LINK WhatsApp Message API payloads, for Rust services that build messages
//! in code. Serialize/Deserialize use the documents' own JSON spelling.
