"""A small FastAPI app, written the way FastAPI services usually are: its OpenAPI document
(`create_app().openapi()`) has FastAPI's default operationIds (`create_flow_api_v1_flows__post`),
every path under `/api/v1`, untagged routes beside a tagged router, and examples on a
parameter and a body. The naming tests generate an SDK from it and call it live.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Query
from pydantic import BaseModel, ConfigDict

FLOW_ID = "flow-1"


class FlowCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "nightly", "schedule": "0 3 * * *"}]}
    )

    name: str
    schedule: str | None = None


class Flow(BaseModel):
    id: str
    name: str
    schedule: str | None = None


class FlowUpdate(BaseModel):
    name: str | None = None
    schedule: str | None = None


class Run(BaseModel):
    id: str
    flow_id: str
    status: str


class Message(BaseModel):
    role: str
    content: str


class CompletionRequest(BaseModel):
    model: str
    messages: list[Message]


class Completion(BaseModel):
    id: str
    content: str


def create_app() -> FastAPI:
    app = FastAPI(title="Flows API", version="1.0.0")
    flows: dict[str, Flow] = {FLOW_ID: Flow(id=FLOW_ID, name="seed", schedule=None)}
    api = APIRouter(prefix="/api/v1")

    def find(flow_id: str) -> Flow:
        if flow_id not in flows:
            raise HTTPException(status_code=404, detail="no such flow")
        return flows[flow_id]

    @api.get("/flows/")
    def read_flows(limit: int = Query(default=10, examples=[10])) -> list[Flow]:
        return list(flows.values())[:limit]

    @api.post("/flows/", status_code=201)
    def create_flow(flow: FlowCreate) -> Flow:
        created = Flow(id=f"flow-{len(flows) + 1}", name=flow.name, schedule=flow.schedule)
        flows[created.id] = created
        return created

    @api.put("/flows/")
    def replace_all_flows(replacement: list[FlowCreate]) -> list[Flow]:
        flows.clear()
        for index, flow in enumerate(replacement, start=1):
            flows[f"flow-{index}"] = Flow(id=f"flow-{index}", name=flow.name)
        return list(flows.values())

    @api.post("/flows/search")
    def search_flows(query: str) -> list[Flow]:
        return [flow for flow in flows.values() if query in flow.name]

    @api.get("/flows/{flow_id}")
    def read_flow(flow_id: str) -> Flow:
        return find(flow_id)

    @api.patch("/flows/{flow_id}")
    def update_flow(flow_id: str, update: FlowUpdate) -> Flow:
        flow = find(flow_id).model_copy(update=update.model_dump(exclude_unset=True))
        flows[flow_id] = flow
        return flow

    @api.delete("/flows/{flow_id}", status_code=204)
    def delete_flow(flow_id: str) -> None:
        find(flow_id)
        del flows[flow_id]

    @api.post("/flows/{flow_id}/run")
    def run_flow(flow_id: str) -> Run:
        return Run(id="run-1", flow_id=find(flow_id).id, status="queued")

    @api.get("/flows/{flow_id}/runs/")
    def read_runs(flow_id: str) -> list[Run]:
        return [Run(id="run-1", flow_id=find(flow_id).id, status="done")]

    @api.put("/flows/{flow_id}/schedule")
    def set_schedule(flow_id: str, schedule: str) -> Flow:
        flow = find(flow_id).model_copy(update={"schedule": schedule})
        flows[flow_id] = flow
        return flow

    @api.delete("/flows/{flow_id}/schedule")
    def clear_schedule(flow_id: str) -> Flow:
        flow = find(flow_id).model_copy(update={"schedule": None})
        flows[flow_id] = flow
        return flow

    chat = APIRouter(prefix="/api/v1/chat", tags=["Chat"])

    @chat.post("/completions")
    def create_chat_completion(request: CompletionRequest) -> Completion:
        return Completion(id="cmpl-1", content=request.messages[-1].content.upper())

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        return {"ok": True}

    app.include_router(api)
    app.include_router(chat)
    return app
