/// The OpenAPI 3.1 description served at `/openapi.json`.
///
/// Kept next to the routes it describes; `OpenAPIDocumentTests` calls every path
/// listed here and fails if one is not routed.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Confidant",
            "version": "0.1.0",
            "description": "A confidentiality-first disclosure gateway for patient records."
          },
          "paths": {
            "/healthz": {
              "get": {
                "summary": "Liveness and store reachability",
                "operationId": "health",
                "responses": {
                  "200": {"description": "The server and its store are up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
                  "503": {"description": "The store cannot be reached", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}
                }
              }
            },
            "/metrics": {
              "get": {
                "summary": "Prometheus metrics",
                "operationId": "metrics",
                "responses": {"200": {"description": "Prometheus text exposition format", "content": {"text/plain": {"schema": {"type": "string"}}}}}
              }
            },
            "/openapi.json": {
              "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            },
            "/log/checkpoint": {
              "get": {
                "summary": "The log's latest signed checkpoint (C2SP tlog-checkpoint in a signed note)",
                "operationId": "logCheckpoint",
                "responses": {
                  "200": {"description": "origin, tree size, root hash, signatures", "content": {"text/plain; charset=utf-8": {"schema": {"type": "string"}}}},
                  "404": {"description": "The log is empty", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/log/tile/{path}": {
              "get": {
                "summary": "A Merkle tree tile or entry bundle (C2SP tlog-tiles), e.g. tile/0/x001/234.p/17 or tile/entries/000",
                "operationId": "logTile",
                "parameters": [{"name": "path", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {
                  "200": {"description": "Concatenated hashes, or length-prefixed entries", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                  "404": {"description": "No such tile (yet)", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/v1/log/proof/inclusion": {
              "get": {
                "summary": "An RFC 9162 inclusion proof for an entry",
                "operationId": "logInclusionProof",
                "parameters": [
                  {"name": "index", "in": "query", "required": true, "schema": {"type": "integer", "minimum": 0}},
                  {"name": "size", "in": "query", "required": false, "description": "A signed tree size; the latest by default", "schema": {"type": "integer", "minimum": 1}}
                ],
                "responses": {
                  "200": {"description": "index, treeSize and base64 hashes, leaf to root", "content": {"application/json": {"schema": {"type": "object"}}}},
                  "400": {"description": "A missing or out-of-range parameter", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/v1/log/proof/consistency": {
              "get": {
                "summary": "An RFC 9162 consistency proof between two tree sizes",
                "operationId": "logConsistencyProof",
                "parameters": [
                  {"name": "old", "in": "query", "required": true, "schema": {"type": "integer", "minimum": 1}},
                  {"name": "new", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1}}
                ],
                "responses": {
                  "200": {"description": "oldSize, newSize and base64 hashes", "content": {"application/json": {"schema": {"type": "object"}}}},
                  "400": {"description": "A missing or out-of-range parameter", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/": {
              "get": {
                "summary": "Home page",
                "operationId": "home",
                "responses": {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}}
              }
            }
          },
          "components": {
            "schemas": {
              "Health": {
                "type": "object",
                "required": ["status"],
                "properties": {"status": {"type": "string", "enum": ["ok", "store-unavailable"]}}
              },
              "Problem": {
                "type": "object",
                "description": "RFC 9457 problem details, returned with every 4xx and 5xx",
                "required": ["type", "title", "status"],
                "properties": {
                  "type": {"type": "string"},
                  "title": {"type": "string"},
                  "status": {"type": "integer"},
                  "detail": {"type": "string"}
                }
              }
            }
          }
        }
        """#
}
