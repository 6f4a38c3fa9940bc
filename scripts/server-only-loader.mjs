// Lets Node scripts (the worker) load lib/ modules that start with
// `import "server-only"`: outside Next.js that marker package throws, so it
// resolves to an empty module here, as it does in Next.js's server bundle.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") {
    return { url: "data:text/javascript,export{}", shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
