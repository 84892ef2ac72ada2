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
