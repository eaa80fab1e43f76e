//! `linkwa schema --dialect link|cloud`: prints the JSON Schema that `linkwa::schema` generates
//! from the rules' shape tables.

use clap::ValueEnum;
use linkwa::Dialect;
use std::io::{self, Write};

/// The dialect whose documents the schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaDialect {
    /// LINK Mobility gateway JSON: MessageRequests, bare messages, what the gateway sends.
    Link,
    /// Meta Cloud API JSON: send bodies and template components.
    Cloud,
}

/// Prints the schema, pretty-printed; returns the exit status (0).
pub fn run(dialect: SchemaDialect, out: &mut impl Write) -> io::Result<u8> {
    let dialect = match dialect {
        SchemaDialect::Link => Dialect::Link,
        SchemaDialect::Cloud => Dialect::Cloud,
    };
    serde_json::to_writer_pretty(&mut *out, &linkwa::schema::json_schema(dialect))?;
    writeln!(out)?;
    Ok(0)
}
