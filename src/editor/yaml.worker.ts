// Vite needs the monaco-yaml worker re-exported from a file of our own (monaco-yaml README).
import 'monaco-yaml/yaml.worker.js';
